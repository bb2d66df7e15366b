using System.Runtime.CompilerServices;
using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.Placement.Progress;

/// <summary>
/// The current year's figures as OpenTelemetry gauges on the dashboard: <c>herstelwerk.placement.progress</c>
/// (per figure and facility, and a total with facility "all"), <c>herstelwerk.placement.target</c> (per
/// figure with a target), and <c>herstelwerk.placement.retention_checks_awaiting</c>, the jobs whose
/// adviser has yet to answer the retention check.
/// </summary>
public sealed class ProgressMetrics
{
    public const string ProgressGauge = "herstelwerk.placement.progress";
    public const string TargetGauge = "herstelwerk.placement.target";
    public const string AwaitingGauge = "herstelwerk.placement.retention_checks_awaiting";

    private volatile ProgressReport? _latest;
    private volatile StrongBox<int>? _awaiting;

    public ProgressMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(HerstelWerkDiagnostics.Name);
        meter.CreateObservableGauge(ProgressGauge, ObserveProgress, "{value}", "Placement's progress towards this year's targets");
        meter.CreateObservableGauge(TargetGauge, ObserveTargets, "{value}", "Placement's targets for this year");
        meter.CreateObservableGauge(AwaitingGauge, ObserveAwaiting, "{placement}", "Jobs awaiting the adviser's retention confirmation");
    }

    internal void Update(ProgressReport report, int awaitingRetentionConfirmation)
    {
        _latest = report;
        _awaiting = new StrongBox<int>(awaitingRetentionConfirmation);
    }

    private IEnumerable<Measurement<double>> ObserveProgress()
    {
        if (_latest is not { } report)
        {
            yield break;
        }

        foreach (var figure in report.Figures)
        {
            if (figure.Total is { } total)
            {
                yield return new Measurement<double>((double)total, Tag("figure", figure.Figure), Tag("facility", "all"), Tag("year", report.Year));
            }

            foreach (var (facility, value) in figure.ByFacility)
            {
                if (value is { } known)
                {
                    yield return new Measurement<double>((double)known, Tag("figure", figure.Figure), Tag("facility", facility), Tag("year", report.Year));
                }
            }
        }
    }

    private IEnumerable<Measurement<double>> ObserveTargets() =>
        _latest is { } report
            ? report.Figures.Where(f => f.Target is not null)
                .Select(f => new Measurement<double>((double)f.Target!.Value, Tag("figure", f.Figure), Tag("year", report.Year)))
            : [];

    private IEnumerable<Measurement<int>> ObserveAwaiting() =>
        _awaiting is { } awaiting ? [new Measurement<int>(awaiting.Value)] : [];

    private static KeyValuePair<string, object?> Tag(string key, object value) => new(key, value);
}
