using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.Testing;

/// <summary>
/// Listens to one of HerstelWerk's counters in the services hosted by this test process, summed per
/// value of one tag (for example per consumer queue, which is unique to a test class).
/// </summary>
public sealed class MetricProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly string _tag;

    public MetricProbe(string instrument, string tag)
    {
        _tag = tag;
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == HerstelWerkDiagnostics.Name && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tagPair in tags)
            {
                if (tagPair.Key == _tag && tagPair.Value is string key)
                {
                    _totals.AddOrUpdate(key, value, (_, total) => total + value);
                }
            }
        });
        _listener.Start();
    }

    public long Total(string tagValue) => _totals.GetValueOrDefault(tagValue);

    public void Dispose() => _listener.Dispose();
}
