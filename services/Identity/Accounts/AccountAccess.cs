using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Disabling and enabling an account. Disabling revokes every token and authorization of the account at
/// once: its refresh tokens stop working now, and the access tokens already out expire within their
/// 10 minutes, which is how long a stopped volunteer or a departed member of staff can still act.
/// </summary>
public sealed class AccountAccess(UserManager<Account> accounts, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations,
    AccountAudit audit, TimeProvider time)
{
    public async Task DisableAsync(Account account, CancellationToken cancellationToken)
    {
        account.DisabledAt = time.GetUtcNow();
        account.InvitationDueAt = null;
        await Save(account);
        // A new security stamp also ends the sign-in cookie of the provider's own pages.
        await accounts.UpdateSecurityStampAsync(account);
        var subject = account.Id.ToString();
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
        await audit.RecordAsync(AuditAction.TokenRevocation, account, cancellationToken);
    }

    public async Task EnableAsync(Account account, CancellationToken cancellationToken)
    {
        account.DisabledAt = null;
        await Save(account);
        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
    }

    private async Task Save(Account account)
    {
        var result = await accounts.UpdateAsync(account);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {account.Id} could not be saved: " + string.Join(" ", result.Errors.Select(error => error.Code)));
        }
    }
}
