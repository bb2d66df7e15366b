using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Broker;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent. It runs in the consumer's own scope, so it shares the consumer's
/// DbContext: the inbox row it adds commits with the consumer's single <c>SaveChangesAsync</c>, or not
/// at all. A message already in the inbox is acknowledged without calling the consumer.
/// </summary>
public sealed class InboxFilter<TMessage>(
    MessagingDbContext db,
    MessagingMetrics metrics,
    TimeProvider time,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id, so duplicates cannot be detected.");
        var consumer = ConsumerName(context);

        // A retry of this message may reuse the scope; start from the database's truth.
        db.ChangeTracker.Clear();

        var seen = await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
        if (seen)
        {
            // Acknowledged as consumed: otherwise MassTransit would move it to the _skipped queue.
            await context.NotifyConsumed(context, context.ReceiveContext.ElapsedTime, "inbox (duplicate)");
            metrics.InboxDuplicateSkipped(consumer);
            logger.LogInformation("Skipped duplicate {MessageType} {MessageId} on {Consumer}: already processed",
                typeof(TMessage).Name, messageId, consumer);
            return;
        }

        db.InboxMessages.Add(new InboxMessage(messageId, consumer, typeof(TMessage).FullName!, time.GetUtcNow()));
        await next.Send(context);

        // A consumer that decided to change nothing still marks the message as processed.
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }

        metrics.InboxProcessedOnce(consumer);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("herstelwerk-inbox");

    /// <summary>The queue name: the last segment of the input address, whatever the virtual host.</summary>
    private static string ConsumerName(ConsumeContext context) =>
        context.ReceiveContext.InputAddress.Segments[^1].Trim('/');
}
