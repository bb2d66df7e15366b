using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Messaging;

/// <summary>
/// Second-level retry. When a message still fails after its in-process retries, it is parked on the
/// broker for the next <see cref="MessagingOptions.EffectiveRedeliveryIntervals"/> delay and then
/// returns to its queue; the consumer's own queue keeps flowing meanwhile. When the intervals are used
/// up, the exception propagates and MassTransit moves the message to the <c>_error</c> queue.
/// </summary>
/// <remarks>
/// MassTransit's own delayed redelivery needs RabbitMQ's delayed-message plugin, which Debian's
/// rabbitmq-server lacks; <see cref="RedeliveryQueues"/> uses only core RabbitMQ features instead.
/// </remarks>
internal sealed class DelayedRedeliveryFilter(
    RedeliveryQueues queues,
    IReadOnlyList<TimeSpan> intervals,
    MessagingMetrics metrics,
    ILogger<DelayedRedeliveryFilter> logger) : IFilter<ConsumeContext>
{
    public const string CountHeader = "HW-Redelivery-Count";

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (NextDelay(context) is { } delay && !context.CancellationToken.IsCancellationRequested)
        {
            var attempt = RedeliveryCount(context) + 1;
            var queue = context.ReceiveContext.InputAddress.Segments[^1].Trim('/');
            if (!await queues.TryParkAsync(context.ReceiveContext, queue, delay, attempt, context.CancellationToken))
            {
                throw;
            }

            metrics.Redelivered(queue);
            logger.LogWarning("Message {MessageId} on {Queue} failed after its retries ({Reason}); redelivery {Attempt} of {Total} in {Delay}",
                context.MessageId, queue, exception.Message, attempt, intervals.Count, delay);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("herstelwerk-delayed-redelivery");

    private TimeSpan? NextDelay(ConsumeContext context)
    {
        var count = RedeliveryCount(context);
        return count < intervals.Count ? intervals[count] : null;
    }

    private static int RedeliveryCount(ConsumeContext context) => context.Headers.Get(CountHeader, default(int?)) ?? 0;
}
