using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;
using static HerstelWerk.ServiceDefaults.Telemetry.HerstelWerkDiagnostics.Metrics;

namespace HerstelWerk.Messaging.Broker;

/// <summary>The outbox and inbox numbers operators watch in the dashboard.</summary>
public sealed class MessagingMetrics
{
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _undeliverable;
    private readonly Histogram<double> _deliveryDelay;
    private readonly Counter<long> _inboxProcessed;
    private readonly Counter<long> _inboxDuplicates;
    private readonly Counter<long> _redeliveries;
    private long _pending;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = HerstelWerkDiagnostics.CreateMeter(meterFactory);
        _published = meter.CreateCounter<long>(OutboxPublished, "{event}", "Events the broker confirmed");
        _publishFailures = meter.CreateCounter<long>(OutboxPublishFailures, "{attempt}", "Outbox publish attempts that failed");
        _undeliverable = meter.CreateCounter<long>(OutboxUndeliverable, "{event}", "Outbox rows parked because they can never be published");
        _deliveryDelay = meter.CreateHistogram<double>(OutboxDeliveryDelay, "ms", "From commit of the change to the broker's confirm");
        meter.CreateObservableGauge(OutboxPending, () => Volatile.Read(ref _pending), "{event}", "Committed events not yet published");
        _inboxProcessed = meter.CreateCounter<long>(InboxProcessed, "{message}", "Messages a consumer processed for the first time");
        _inboxDuplicates = meter.CreateCounter<long>(InboxDuplicates, "{message}", "Redelivered messages skipped because they were already processed");
        _redeliveries = meter.CreateCounter<long>(Redeliveries, "{message}", "Messages sent back for a delayed redelivery after their retries failed");
    }

    internal void Published(string messageType, TimeSpan sinceCommit)
    {
        var tag = new KeyValuePair<string, object?>("messaging.message.type", messageType);
        _published.Add(1, tag);
        _deliveryDelay.Record(sinceCommit.TotalMilliseconds, tag);
    }

    internal void PublishFailed(string messageType) =>
        _publishFailures.Add(1, new KeyValuePair<string, object?>("messaging.message.type", messageType));

    internal void Undeliverable(string messageType) =>
        _undeliverable.Add(1, new KeyValuePair<string, object?>("messaging.message.type", messageType));

    internal void SetPending(long count) => Volatile.Write(ref _pending, count);

    internal void InboxProcessedOnce(string consumer) =>
        _inboxProcessed.Add(1, new KeyValuePair<string, object?>("messaging.consumer", consumer));

    internal void InboxDuplicateSkipped(string consumer) =>
        _inboxDuplicates.Add(1, new KeyValuePair<string, object?>("messaging.consumer", consumer));

    internal void Redelivered(string consumer) =>
        _redeliveries.Add(1, new KeyValuePair<string, object?>("messaging.consumer", consumer));
}
