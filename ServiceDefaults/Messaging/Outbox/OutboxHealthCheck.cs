using HerstelWerk.Messaging.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Unhealthy while an event is parked as undeliverable. Degraded while committed events wait longer than <see cref="OutboxOptions.StalledAfter"/>: the
/// change is safe, but the other services do not see it yet. Usually the broker is unreachable.
/// </summary>
internal sealed class OutboxHealthCheck(IServiceScopeFactory scopes, DatabaseWatch database, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsReachable)
        {
            // Asking would wait on the database; its own check already says what is wrong.
            return HealthCheckResult.Unhealthy("The outbox cannot be read while the database is unavailable.");
        }

        // In a scope of its own, left behind if the database stops answering mid-query: closing a
        // DbContext whose query hangs waits for that query, and would hold /health with it.
        var reading = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await ReadAsync(scope.ServiceProvider.GetRequiredService<MessagingDbContext>(), cancellationToken);
        }, CancellationToken.None);
        return await reading.WaitAsync(cancellationToken);
    }

    private async Task<HealthCheckResult> ReadAsync(MessagingDbContext db, CancellationToken cancellationToken)
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
