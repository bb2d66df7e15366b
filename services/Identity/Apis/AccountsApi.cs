using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Identity.Apis;

/// <summary>Staff accounts, by invitation: admins only. Volunteers' accounts come from Volunteers' events.</summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder endpoints)
    {
        var identity = endpoints.MapApiGroup(Extensions.RoutePrefix, "Accounts");
        identity.MapPost("/invitations", Invite)
            .RequireAccess(Roles.Admin)
            .WithName("InviteStaff")
            .WithSummary("Invite a member of staff (coordinator, adviser or admin): makes an account without a password and mails a one-time link, valid 72 hours, to choose one and set up two-step verification. 409 when the address has an account already; 503 when the mail server is out of reach (the account is made: send the invitation again).");
        identity.MapGet("/accounts", ListAccounts)
            .RequireAccess(Roles.Admin)
            .WithName("ListAccounts")
            .WithSummary("Every account by name, with its role and status (Invited, Active, LockedOut, Disabled) and whether two-step verification is on.");
        identity.MapGet("/accounts/{accountId:guid}", GetAccount)
            .RequireAccess(Roles.Admin)
            .WithName("GetAccount")
            .WithSummary("One account.");
        identity.MapPost("/accounts/{accountId:guid}/invitation", InviteAgain)
            .RequireAccess(Roles.Admin)
            .WithName("SendInvitationAgain")
            .WithSummary("Mail a new invitation link (valid 72 hours) to an account that is still Invited; 409 for any other.");
    }

    public static async Task<Created<AccountDto>> Invite(InvitationRequest request, UserManager<Account> accounts, Invitations invitations, AccountAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var email = request.Email!.Trim();
        var account = new Account
        {
            UserName = email, Email = email, DisplayName = request.DisplayName!.Trim(), Role = request.Role!, CreatedAt = time.GetUtcNow(),
        };
        var made = await accounts.CreateAsync(account);
        if (!made.Succeeded)
        {
            throw made.Errors.Any(error => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? new IdentityRuleException("This e-mail address has an account already. If it is still Invited, send it a new invitation instead.")
                : new InvalidInputException("email", string.Join(" ", made.Errors.Select(error => error.Description)));
        }

        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
        await invitations.InviteAsync(account, cancellationToken);
        return TypedResults.Created($"{Extensions.RoutePrefix}/accounts/{account.Id}", AccountDto.From(account, time.GetUtcNow()));
    }

    /// <param name="search">Part of a name or e-mail address, in any letter case (a volunteer's account has no name here).</param>
    public static async Task<Ok<Page<AccountDto>>> ListAccounts([AsParameters] PageQuery paging, IdentityDb db, TimeProvider time, CancellationToken cancellationToken,
        string? search = null)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Containing(search.Trim());
            accounts = accounts.Where(account => EF.Functions.ILike(account.DisplayName, pattern) || EF.Functions.ILike(account.Email!, pattern));
        }

        var page = await accounts.OrderBy(account => account.DisplayName).ThenBy(account => account.Email).ThenBy(account => account.Id).ToPageAsync(paging, cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new Page<AccountDto>([.. page.Items.Select(account => AccountDto.From(account, now))], page.PageNumber, page.PageSize, page.TotalCount));
    }

    public static async Task<Results<Ok<AccountDto>, NotFound>> GetAccount(Guid accountId, UserManager<Account> accounts, TimeProvider time)
    {
        var account = await accounts.FindByIdAsync(accountId.ToString());
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(AccountDto.From(account, time.GetUtcNow()));
    }

    public static async Task<Results<Ok<AccountDto>, NotFound>> InviteAgain(Guid accountId, UserManager<Account> accounts, Invitations invitations,
        AccountAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        if (account.StatusAt(time.GetUtcNow()) != AccountStatus.Invited)
        {
            throw new IdentityRuleException("Only an account that is still Invited gets a new invitation; this one has a password or is disabled.");
        }

        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
        await invitations.InviteAsync(account, cancellationToken);
        return TypedResults.Ok(AccountDto.From(account, time.GetUtcNow()));
    }
}
