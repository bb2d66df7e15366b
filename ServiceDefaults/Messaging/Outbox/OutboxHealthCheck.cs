using HerstelWerk.Messaging.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Unhealthy while an event is parked as undeliverable. Degraded while committed events wait longer than <see cref="OutboxOptions.StalledAfter"/>: the
/// change is safe, but the other services do not see it yet. Usually the broker is unreachable.
/// </summary>
internal sealed class OutboxHealthCheck(MessagingDbContext db, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var parked = await db.OutboxMessages.CountAsync(message => message.FailedAt != null, cancellationToken);
        if (parked > 0)
        {
            return HealthCheckResult.Unhealthy(
                $"{parked} event(s) cannot be published; see last_error in outbox_messages, repair, then clear failed_at.");
        }

        var pending = db.OutboxMessages.Where(message => message.SentAt == null && message.FailedAt == null);
        var oldest = await pending.MinAsync(message => (DateTimeOffset?)message.CreatedAt, cancellationToken);
        if (oldest is null)
        {
            return HealthCheckResult.Healthy("No events waiting.");
        }

        var waiting = time.GetUtcNow() - oldest.Value;
        if (waiting <= options.Value.StalledAfter)
        {
            return HealthCheckResult.Healthy($"Oldest waiting event is {waiting.TotalSeconds:0} s old.");
        }

        var count = await pending.CountAsync(cancellationToken);
        return HealthCheckResult.Degraded($"{count} event(s) waiting; the oldest for {waiting.TotalSeconds:0} s.");
    }
}
