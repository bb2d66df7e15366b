using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// The current year's progress of one service as OpenTelemetry gauges, so operators and staff see it on
/// the dashboard: <c>herstelwerk.{service}.progress</c> (tags <c>figure</c>, <c>facility</c> — "all" for
/// the total — and <c>year</c>) and <c>herstelwerk.{service}.target</c> (tags <c>figure</c>, <c>year</c>).
/// </summary>
public sealed class ProgressGauges
{
    private volatile ProgressReport? _latest;

    public ProgressGauges(IMeterFactory meterFactory, string serviceName)
    {
        var meter = meterFactory.Create(HerstelWerkDiagnostics.Name);
        ProgressGauge = $"herstelwerk.{serviceName}.progress";
        TargetGauge = $"herstelwerk.{serviceName}.target";
        meter.CreateObservableGauge(ProgressGauge, ObserveProgress, description: "Progress towards this year's targets");
        meter.CreateObservableGauge(TargetGauge, ObserveTargets, description: "This year's targets");
    }

    public string ProgressGauge { get; }

    public string TargetGauge { get; }

    internal void Update(ProgressReport report) => _latest = report;

    private IEnumerable<Measurement<double>> ObserveProgress()
    {
        if (_latest is not { } latest)
        {
            yield break;
        }

        foreach (var figure in latest.Figures)
        {
            if (figure.Value is { } total)
            {
                yield return new Measurement<double>(total, Tag("figure", figure.Id), Tag("facility", "all"), Tag("year", latest.Year));
            }

            foreach (var (facility, value) in figure.ByFacility)
            {
                if (value is { } known)
                {
                    yield return new Measurement<double>(known, Tag("figure", figure.Id), Tag("facility", facility), Tag("year", latest.Year));
                }
            }
        }
    }

    private IEnumerable<Measurement<double>> ObserveTargets() =>
        _latest is { } latest
            ? latest.Figures.Where(f => f.Target is not null).Select(f => new Measurement<double>(f.Target!.Value, Tag("figure", f.Id), Tag("year", latest.Year)))
            : [];

    private static KeyValuePair<string, object?> Tag(string key, object value) => new(key, value);
}
