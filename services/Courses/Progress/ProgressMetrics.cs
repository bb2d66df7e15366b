using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.Courses.Progress;

/// <summary>
/// The current year's progress towards the targets as OpenTelemetry gauges, so operators and staff
/// see them on the dashboard: <c>herstelwerk.courses.progress</c> (per figure and per facility, and a
/// total with facility "all") and <c>herstelwerk.courses.target</c> (per figure).
/// </summary>
public sealed class ProgressMetrics
{
    public const string ProgressGauge = "herstelwerk.courses.progress";
    public const string TargetGauge = "herstelwerk.courses.target";

    private volatile ProgressReport? _latest;

    public ProgressMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(HerstelWerkDiagnostics.Name);
        meter.CreateObservableGauge(ProgressGauge, ObserveProgress, "{count}", "Progress towards this year's targets");
        meter.CreateObservableGauge(TargetGauge, ObserveTargets, "{count}", "This year's targets");
    }

    internal void Update(ProgressReport report) => _latest = report;

    private IEnumerable<Measurement<int>> ObserveProgress()
    {
        if (_latest is not { } report)
        {
            yield break;
        }

        foreach (var figure in report.Figures)
        {
            yield return new Measurement<int>(figure.Total, Tag("figure", figure.Figure), Tag("facility", "all"), Tag("year", report.Year));
            foreach (var (facility, count) in figure.ByFacility)
            {
                yield return new Measurement<int>(count, Tag("figure", figure.Figure), Tag("facility", facility), Tag("year", report.Year));
            }
        }
    }

    private IEnumerable<Measurement<int>> ObserveTargets() =>
        _latest is { } report
            ? report.Figures.Select(figure => new Measurement<int>(figure.Target, Tag("figure", figure.Figure), Tag("year", report.Year)))
            : [];

    private static KeyValuePair<string, object?> Tag(string key, object value) => new(key, value);
}
