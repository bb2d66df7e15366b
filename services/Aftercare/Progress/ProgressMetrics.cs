using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>
/// The current year's aftercare figures as OpenTelemetry gauges on the dashboard:
/// <c>herstelwerk.aftercare.progress</c> (per figure and per facility of release, and a total with
/// facility "all") and <c>herstelwerk.aftercare.target</c> (figures with a target).
/// </summary>
public sealed class ProgressMetrics
{
    public const string ProgressGauge = "herstelwerk.aftercare.progress";
    public const string TargetGauge = "herstelwerk.aftercare.target";

    private volatile ProgressReport? _latest;

    public ProgressMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(HerstelWerkDiagnostics.Name);
        meter.CreateObservableGauge(ProgressGauge, ObserveProgress, description: "This year's aftercare figures");
        meter.CreateObservableGauge(TargetGauge, ObserveTargets, "{count}", "This year's aftercare targets");
    }

    internal void Update(ProgressReport report) => _latest = report;

    private IEnumerable<Measurement<double>> ObserveProgress()
    {
        if (_latest is not { } report)
        {
            yield break;
        }

        foreach (var figure in report.Figures)
        {
            if (figure.Value is { } total)
            {
                yield return new Measurement<double>(total, Tag("figure", figure.Figure), Tag("facility", "all"), Tag("year", report.Year));
            }

            foreach (var (facility, value) in figure.ByFacility)
            {
                if (value is { } measured)
                {
                    yield return new Measurement<double>(measured, Tag("figure", figure.Figure), Tag("facility", facility), Tag("year", report.Year));
                }
            }
        }
    }

    private IEnumerable<Measurement<int>> ObserveTargets() =>
        _latest is { } report
            ? report.Figures.Where(f => f.Target is not null).Select(f => new Measurement<int>(f.Target!.Value, Tag("figure", f.Figure), Tag("year", report.Year)))
            : [];

    private static KeyValuePair<string, object?> Tag(string key, object value) => new(key, value);
}
