using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Broker;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows: at once when a commit signals, otherwise on the safety-net poll.
/// Failures (broker down, no confirm) back off exponentially and never stop the loop; rows simply wait.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    MessagingMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
                if (failures > 0)
                {
                    logger.LogInformation("Outbox dispatch recovered after {Failures} failed attempt(s)", failures);
                    failures = 0;
                }

                await CleanUpWhenDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = RetryDelay(failures);
                logger.LogWarning("Outbox dispatch failed ({Failures} in a row), retrying in {Delay}: {Reason}",
                    failures, delay, exception.Message);
                await RefreshPendingGaugeAsync(CancellationToken.None);
                await signal.WaitOutRetryAsync(delay, time, stoppingToken);
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        int published;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var publisher = scope.ServiceProvider.GetRequiredService<OutboxBatchPublisher>();
            published = await publisher.PublishNextBatchAsync(cancellationToken);
        }
        while (published == options.Value.BatchSize);

        await RefreshPendingGaugeAsync(cancellationToken);
    }

    private async Task RefreshPendingGaugeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
            metrics.SetPending(await db.OutboxMessages.LongCountAsync(message => message.SentAt == null && message.FailedAt == null, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogDebug(exception, "Could not count pending outbox messages");
        }
    }

    private async Task CleanUpWhenDueAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() < _nextCleanup)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessageRetentionCleaner>().CleanUpAsync(cancellationToken);
        _nextCleanup = time.GetUtcNow() + options.Value.CleanupInterval;
    }

    private TimeSpan RetryDelay(int failures)
    {
        var exponential = options.Value.MinRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(exponential, options.Value.MaxRetryDelay.TotalMilliseconds);
        // Jitter keeps replicas of a service from retrying in lockstep.
        return TimeSpan.FromMilliseconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
