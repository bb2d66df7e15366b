using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace HerstelWerk.Identity.Apis;

/// <summary>
/// An admin disables an account at once (someone left, a laptop was lost): its tokens are revoked, so
/// access ends within one access-token lifetime. Volunteers' accounts follow Volunteers, so only a
/// member of staff's account can be enabled again here.
/// </summary>
public static class AccountAccessApi
{
    public static void MapAccountAccessApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Accounts");
        group.MapPost("/accounts/{accountId:guid}/disable", DisableAsync)
            .RequireAccess(Roles.Admin)
            .WithName("DisableAccount")
            .WithSummary("Disable an account: it can no longer sign in, its refresh tokens are revoked now, and its access tokens expire within 10 minutes.");
        group.MapPost("/accounts/{accountId:guid}/enable", EnableAsync)
            .RequireAccess(Roles.Admin)
            .WithName("EnableAccount")
            .WithSummary("Enable a member of staff's disabled account again; 409 for a volunteer's, which follows the volunteer's status in Volunteers.");
    }

    public static async Task<Results<NoContent, NotFound>> DisableAsync(Guid accountId, UserManager<Account> accounts, AccountAccess access, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(accountId.ToString()) is not { } account)
        {
            return TypedResults.NotFound();
        }

        if (!account.IsDisabled)
        {
            await access.DisableAsync(account, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound>> EnableAsync(Guid accountId, UserManager<Account> accounts, AccountAccess access, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(accountId.ToString()) is not { } account)
        {
            return TypedResults.NotFound();
        }

        if (account.VolunteerId is not null)
        {
            throw new IdentityRuleException("A volunteer's account follows their status in Volunteers; make the volunteer Active there instead.");
        }

        if (account.IsDisabled)
        {
            await access.EnableAsync(account, cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
