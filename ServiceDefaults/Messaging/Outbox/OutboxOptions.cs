namespace HerstelWerk.Messaging.Outbox;

/// <summary>Outbox settings, from the <c>Outbox</c> configuration section. The defaults suit production.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// Safety-net poll. Commits wake the dispatcher at once; this only catches rows whose wake-up was
    /// lost (another replica committed them, or the process restarted).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Wake the dispatcher when a commit wrote outbox rows. Only the benchmark turns this off, to
    /// measure what a poll-only outbox would cost.
    /// </summary>
    public bool WakeOnCommit { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirm before the batch backs off.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long sent rows stay, for audit and replay, before clean-up removes them.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a consumer remembers a processed message id. Longer than any redelivery or replay
    /// window, so a late duplicate still has no second effect.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long the answer to a request with an Idempotency-Key is kept for retries. Short, because an
    /// answer can hold personal data (an intake's name); a retry comes within minutes, not days.
    /// </summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The outbox health check reports Degraded when an event waits longer than this.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(1);
}
