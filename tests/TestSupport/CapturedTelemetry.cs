using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.Testing;

/// <summary>
/// Everything a service logs and every span it records, as text, so a test can prove that what an
/// operator sees holds ids and never a name.
/// </summary>
public sealed class CapturedTelemetry : ILoggerProvider, IDisposable
{
    private readonly ConcurrentQueue<string> _texts = new();
    private readonly ActivityListener _spans;

    public CapturedTelemetry()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                _texts.Enqueue(activity.DisplayName);
                foreach (var tag in activity.TagObjects)
                {
                    _texts.Enqueue($"{tag.Key}={tag.Value}");
                }

                foreach (var activityEvent in activity.Events)
                {
                    _texts.Enqueue(activityEvent.Name);
                    _texts.Enqueue(string.Join(";", activityEvent.Tags.Select(tag => $"{tag.Key}={tag.Value}")));
                }
            },
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public IReadOnlyList<string> Texts => [.. _texts];

    public bool Contains(string value) => _texts.Any(text => text.Contains(value, StringComparison.OrdinalIgnoreCase));

    public ILogger CreateLogger(string categoryName) => new Logger(_texts);

    public void Dispose() => _spans.Dispose();

    private sealed class Logger(ConcurrentQueue<string> texts) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            texts.Enqueue(state.ToString() ?? string.Empty);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            texts.Enqueue(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                texts.Enqueue(string.Join(";", values.Select(value => $"{value.Key}={value.Value}")));
            }

            if (exception is not null)
            {
                texts.Enqueue(exception.ToString());
            }
        }
    }
}
