using System.Diagnostics;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Writes queued read-audit entries in batches, a few milliseconds after the reads. A failed batch is
/// kept and retried; on shutdown everything still queued is written before the process ends.
/// </summary>
internal sealed class AuditWriter(AuditQueue queue, IServiceScopeFactory scopes, AuditMetrics metrics, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 1_000;
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);
    private readonly List<AuditEntry> _batch = new(MaxBatch);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteAvailableAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Shutting down: what was handed over is written, not lost.
        using var grace = new CancellationTokenSource(ShutdownGrace);
        await WriteAvailableAsync(grace.Token);
    }

    private async Task WriteAvailableAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (_batch.Count > 0 || queue.Reader.TryPeek(out _))
        {
            while (_batch.Count < MaxBatch && queue.Reader.TryRead(out var entry))
            {
                _batch.Add(entry);
            }

            try
            {
                await WriteBatchAsync(cancellationToken);
                _batch.Clear();
                failures = 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(5_000, 100 * Math.Pow(2, failures)));
                logger.LogWarning("Writing {Count} audit entries failed ({Reason}); keeping them and retrying in {Delay}",
                    _batch.Count, exception.Message, delay);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        db.AuditLog.AddRange(_batch);
        await db.SaveChangesAsync(cancellationToken);
        metrics.BatchWritten(_batch.Count, Stopwatch.GetElapsedTime(started));
    }
}
