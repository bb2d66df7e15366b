using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Identity's entries in the shared audit log (<see cref="ParticipantAudit"/>): every sign-in, failure,
/// lock-out, second-factor change, revocation and account change, by id and role only. On the sign-in
/// pages and from events nobody is signed in, so the entry names the account; when an admin acts
/// through the API, it names the admin, and the endpoint's path names the account. A failure for an
/// address that has no account is recorded as <see cref="UnknownAccount"/>: the typed address is never kept.
/// </summary>
public sealed class AccountAudit(ParticipantAudit audit, IHttpContextAccessor http, SignInMetrics metrics)
{
    public const string UnknownAccount = "unknown-account";

    public Task RecordAsync(AuditAction action, Account? account, CancellationToken cancellationToken)
    {
        metrics.Record(action);
        return http.HttpContext?.User.FindFirst(HerstelWerkClaims.Subject) is not null
            ? audit.RecordActionAsync(action, cancellationToken)
            : audit.RecordAccountActionAsync(action, account?.Id.ToString() ?? UnknownAccount, account?.Role, cancellationToken);
    }
}
