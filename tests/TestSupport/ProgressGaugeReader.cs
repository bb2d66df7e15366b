using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.Testing;

/// <summary>Reads a service's progress gauge (<c>herstelwerk.{service}.progress</c>) as the dashboard would.</summary>
public static class ProgressGaugeReader
{
    /// <summary>The gauge's value for <paramref name="figure"/> at <paramref name="facility"/> ("all" for the total), or null if not reported.</summary>
    public static double? Read(IServiceProvider services, string gauge, string figure, string facility)
    {
        // Only this host's meter: every service hosted in the test process has a meter of the same name.
        var ours = services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentBag<(double Value, string? Figure, string? Facility)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Name == gauge && instrument.Meter.Scope == ours)
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? figureTag = null, facilityTag = null;
            foreach (var tag in tags)
            {
                figureTag = tag.Key == "figure" ? tag.Value?.ToString() : figureTag;
                facilityTag = tag.Key == "facility" ? tag.Value?.ToString() : facilityTag;
            }

            seen.Add((value, figureTag, facilityTag));
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return seen.Where(m => m.Figure == figure && m.Facility == facility).Select(m => (double?)m.Value).SingleOrDefault();
    }
}
