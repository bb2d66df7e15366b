using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Identity's entries in the shared audit log (<see cref="ParticipantAudit"/>): every sign-in, failure,
/// lock-out, second-factor change and revocation, by account id and role only. A failure for an address
/// that has no account is recorded as <see cref="UnknownAccount"/>: the typed address is never kept.
/// </summary>
public sealed class AccountAudit(ParticipantAudit audit, SignInMetrics metrics)
{
    public const string UnknownAccount = "unknown-account";

    public Task RecordAsync(AuditAction action, Account? account, CancellationToken cancellationToken)
    {
        metrics.Record(action);
        return audit.RecordAccountActionAsync(action, account?.Id.ToString() ?? UnknownAccount, account?.Role, cancellationToken);
    }
}
