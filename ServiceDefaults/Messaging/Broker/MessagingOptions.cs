namespace HerstelWerk.Messaging.Broker;

/// <summary>Messaging settings, from the <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The Aspire connection string that names the broker.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// Put in front of every exchange and queue name, so several environments or test runs can share
    /// one broker without seeing each other's messages. Empty in normal use.
    /// </summary>
    public string EntityPrefix { get; set; } = string.Empty;

    /// <summary>In-process retries of a failing message, with exponential back-off between them.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan[] DefaultRedeliveryIntervals =
        [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    /// <summary>
    /// After the retries fail, the message goes back to the broker and returns after each of these
    /// delays in turn, for outages longer than the retries cover. After the last one it is poison and
    /// goes to the endpoint's <c>_error</c> queue. Null means the defaults: 30 s, 5 min, 30 min.
    /// </summary>
    /// <remarks>Nullable because the configuration binder appends to, rather than replaces, a pre-filled array.</remarks>
    public TimeSpan[]? RedeliveryIntervals { get; set; }

    /// <summary>False sends a message to the error queue as soon as its retries fail.</summary>
    public bool RedeliveryEnabled { get; set; } = true;

    public IReadOnlyList<TimeSpan> EffectiveRedeliveryIntervals =>
        !RedeliveryEnabled ? [] : RedeliveryIntervals is { Length: > 0 } configured ? configured : DefaultRedeliveryIntervals;

    /// <summary>Messages a consumer holds unacknowledged; bounds memory and keeps work fairly spread.</summary>
    public int PrefetchCount { get; set; } = 32;
}
