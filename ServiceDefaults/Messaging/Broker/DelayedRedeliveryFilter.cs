using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Broker;

/// <summary>
/// Second-level retry. When a message still fails after its in-process retries, it is parked on the
/// broker for the next <see cref="MessagingOptions.EffectiveRedeliveryIntervals"/> delay and then
/// returns to its queue; the queue keeps flowing meanwhile. When the intervals are used up, the
/// exception propagates and MassTransit moves the message to the <c>_error</c> queue.
/// </summary>
/// <remarks>
/// MassTransit's own delayed redelivery needs RabbitMQ's delayed-message plugin, which Debian's
/// rabbitmq-server lacks; <see cref="RedeliveryQueues"/> uses only core RabbitMQ features instead.
/// </remarks>
public sealed class DelayedRedeliveryFilter<TMessage>(
    RedeliveryQueues queues,
    IOptions<MessagingOptions> options,
    MessagingMetrics metrics,
    ILogger<DelayedRedeliveryFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (NextDelay(context) is { } delay && !context.CancellationToken.IsCancellationRequested)
        {
            var attempt = RedeliveryQueues.RedeliveryCount(context.ReceiveContext) + 1;
            var queue = context.ReceiveContext.InputAddress.Segments[^1].Trim('/');
            if (!await queues.TryParkAsync(context.ReceiveContext, queue, delay, attempt, context.CancellationToken))
            {
                throw;
            }

            // The parked copy takes over: this delivery counts as handled, not as unconsumed (_skipped).
            await context.NotifyConsumed(context, context.ReceiveContext.ElapsedTime, nameof(DelayedRedeliveryFilter<TMessage>));
            metrics.Redelivered(queue);
            logger.LogWarning("Message {MessageId} on {Queue} failed after its retries ({Reason}); redelivery {Attempt} of {Total} in {Delay}",
                context.MessageId, queue, exception.Message, attempt, options.Value.EffectiveRedeliveryIntervals.Count, delay);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("herstelwerk-delayed-redelivery");

    private TimeSpan? NextDelay(ConsumeContext context)
    {
        var intervals = options.Value.EffectiveRedeliveryIntervals;
        var count = RedeliveryQueues.RedeliveryCount(context.ReceiveContext);
        return count < intervals.Count ? intervals[count] : null;
    }
}
