using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;
using static HerstelWerk.ServiceDefaults.Telemetry.HerstelWerkDiagnostics.Metrics;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>What auditing costs, so its share of a request's time is measured rather than assumed.</summary>
public sealed class AuditMetrics
{
    private readonly Histogram<double> _requestCost;
    private readonly Histogram<double> _batchDuration;
    private readonly Counter<long> _written;

    public AuditMetrics(IMeterFactory meterFactory, AuditQueue queue)
    {
        var meter = HerstelWerkDiagnostics.CreateMeter(meterFactory);
        _requestCost = meter.CreateHistogram<double>(AuditWriteDuration, "ms", "Time a request spends handing its read-audit entries over");
        _batchDuration = meter.CreateHistogram<double>(AuditBatchDuration, "ms", "Time to write one batch of audit entries");
        _written = meter.CreateCounter<long>(AuditEntriesWritten, "{entry}", "Audit entries written to the database");
        meter.CreateObservableGauge(AuditPending, () => queue.Pending, "{entry}", "Read-audit entries not yet written");
    }

    internal void HandedOver(TimeSpan duration) => _requestCost.Record(duration.TotalMilliseconds);

    internal void BatchWritten(int count, TimeSpan duration)
    {
        _written.Add(count);
        _batchDuration.Record(duration.TotalMilliseconds);
    }
}
