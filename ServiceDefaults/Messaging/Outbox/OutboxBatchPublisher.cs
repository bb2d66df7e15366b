using System.Diagnostics;
using System.Text.Json;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Broker;
using HerstelWerk.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Publishes one batch of committed outbox rows, in commit order, each confirmed by the broker before
/// it is marked sent. Rows published before a failure stay marked; the failed one is retried first.
/// </summary>
internal sealed class OutboxBatchPublisher(
    MessagingDbContext db,
    IBus bus,
    IntegrationEventTypes eventTypes,
    MessagingMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxBatchPublisher> logger)
{
    /// <summary>Only one dispatcher per database publishes at a time, so service replicas cannot reorder or double-send.</summary>
    private const long DispatchLockKey = 0x4857_4450; // "HWDP"

    private const int MaxErrorLength = 2000;

    /// <summary>Returns how many rows it published; 0 when another replica holds the dispatch lock.</summary>
    public async Task<int> PublishNextBatchAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var isDispatcher = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({DispatchLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!isDispatcher)
        {
            return 0;
        }

        var batch = await db.OutboxMessages
            .Where(message => message.SentAt == null && message.FailedAt == null && message.CommitSequence != null)
            .OrderBy(message => message.CommitSequence)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        try
        {
            foreach (var message in batch)
            {
                await PublishAsync(message, cancellationToken);
                published++;
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failed = batch[published];
            failed.Attempts++;
            failed.LastError = Truncate(exception.Message);
            metrics.PublishFailed(failed.MessageType);
            await SaveAsync(transaction, CancellationToken.None);
            throw new OutboxPublishException(failed.MessageId, failed.Attempts, exception);
        }

        await SaveAsync(transaction, cancellationToken);
        return published;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!TryRead(message, out var type, out var payload))
        {
            return;
        }

        // Continue the trace of the request that caused the event, so one trace runs from the
        // gateway through this service and the broker into every consumer.
        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        using var activity = HerstelWerkDiagnostics.ActivitySource.StartActivity($"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        activity?.SetTag("herstelwerk.outbox.commit_sequence", message.CommitSequence);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            // Returns once the broker confirmed the message (publisher confirms are on).
            await bus.Publish(payload, type, context => context.MessageId = message.MessageId, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "no broker confirm");
            throw new TimeoutException($"The broker did not confirm the message within {options.Value.PublishTimeout.TotalSeconds:0} s.");
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }

        var now = time.GetUtcNow();
        message.SentAt = now;
        message.Attempts++;
        message.LastError = null;
        metrics.Published(type.Name, now - message.CreatedAt);
        logger.LogDebug("Published {MessageType} {MessageId} (commit #{CommitSequence})", type.Name, message.MessageId, message.CommitSequence);
    }

    /// <summary>
    /// A row that cannot be read will never publish: park it rather than let it block every event
    /// behind it. Broker failures, in contrast, are retried for as long as they last.
    /// </summary>
    private bool TryRead(OutboxMessage message, out Type type, out object payload)
    {
        try
        {
            type = eventTypes.Resolve(message.MessageType);
            payload = JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.SerializerOptions)
                ?? throw new JsonException("The payload is null.");
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException or NotSupportedException)
        {
            message.FailedAt = time.GetUtcNow();
            message.LastError = Truncate(exception.Message);
            metrics.Undeliverable(message.MessageType);
            logger.LogError("Outbox message {MessageId} of type {MessageType} cannot be published and was parked: {Reason}",
                message.MessageId, message.MessageType, exception.Message);
            type = typeof(object);
            payload = new object();
            return false;
        }
    }

    private static string Truncate(string message) => message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;

    private async Task SaveAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
