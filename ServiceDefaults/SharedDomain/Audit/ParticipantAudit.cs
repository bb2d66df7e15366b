using System.Diagnostics;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Records accesses to participants' personal data in the service's own database. A change is
/// audited in its own transaction (<see cref="Stage"/>, then the handler's SaveChanges). A read is
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

    public Task RecordReadAsync(Guid participantId, CancellationToken cancellationToken) =>
        RecordReadAsync([participantId], cancellationToken);

    private List<AuditEntry> Entries(AuditAction action, IEnumerable<Guid> participantIds)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Auditing needs the HTTP request.");
        var user = context.User.FindFirst(HerstelWerkClaims.Subject)?.Value ?? "anonymous";
        var role = context.User.FindFirst(HerstelWerkClaims.Role)?.Value;
        var endpoint = Describe(context);
        var now = time.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        return [.. participantIds.Distinct().Select(id => new AuditEntry(now, user, role, id, action, endpoint, traceId))];
    }

    private static string Describe(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : $"{context.Request.Method} {context.Request.Path}";
}
