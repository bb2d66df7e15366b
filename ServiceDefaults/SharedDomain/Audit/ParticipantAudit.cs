using System.Diagnostics;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Records accesses to participants' personal data in the service's own database. A change is
/// audited by the save that makes it (<see cref="ChangeAuditInterceptor"/>); <see cref="Stage"/> is for an
/// action the save cannot tell apart from an update, such as an erasure. A read is
/// handed to the <see cref="AuditQueue"/> before the data leaves (<see cref="RecordReadAsync"/>) and
/// written moments later in a batch, so auditing costs a read almost nothing.
/// </summary>
public sealed class ParticipantAudit(ServiceDbContext db, IHttpContextAccessor http, TimeProvider time, AuditQueue queue, AuditMetrics metrics)
{
    /// <summary>Adds entries to the pending changes; they commit with the change they describe.</summary>
    public void Stage(AuditAction action, IEnumerable<Guid> participantIds) => db.AuditLog.AddRange(Entries(action, participantIds));

    public void Stage(AuditAction action, Guid participantId) => Stage(action, [participantId]);

    /// <summary>Records that the caller is shown these participants: one entry each.</summary>
    public async Task RecordReadAsync(IEnumerable<Guid> participantIds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await queue.EnqueueAsync(Entries(AuditAction.Read, participantIds), cancellationToken);
        metrics.HandedOver(Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Adds an entry for an admin's action that names no single participant (an import) to the pending changes it describes.</summary>
    public void StageAction(AuditAction action) =>
        db.AuditLog.Add(AuditEntries.ForAction(http.HttpContext ?? throw new InvalidOperationException("Auditing needs the HTTP request."), action, time.GetUtcNow()));

    /// <summary>Records an admin's action that names no single participant (running a job), in its own transaction.</summary>
    public async Task RecordActionAsync(AuditAction action, CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Auditing needs the HTTP request.");
        db.AuditLog.Add(AuditEntries.ForAction(context, action, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records an action by or on an account that the request's token does not name, such as a sign-in
    /// (nobody is signed in yet) or a revocation after an event: by account id, never a password or code.
    /// </summary>
    public async Task RecordAccountActionAsync(AuditAction action, string userId, string? role, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(AuditEntries.ForAccount(http.HttpContext, action, userId, role, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordReadAsync(Guid participantId, CancellationToken cancellationToken) =>
        RecordReadAsync([participantId], cancellationToken);

    private List<AuditEntry> Entries(AuditAction action, IEnumerable<Guid> participantIds) =>
        AuditEntries.For(http.HttpContext ?? throw new InvalidOperationException("Auditing needs the HTTP request."), action, participantIds, time.GetUtcNow());
}
