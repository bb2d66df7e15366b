namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher the moment an outbox row commits, so events leave within milliseconds
/// instead of waiting for the next poll, and the moment the broker answers again after an outage, so
/// the waiting events leave then rather than at the end of the dispatcher's back-off (up to 15 s).
/// Polling remains only as a safety net.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private TaskCompletionSource _brokerBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The broker answers again: a dispatcher waiting out a failure tries at once.</summary>
    public void BrokerBack() =>
        Interlocked.Exchange(ref _brokerBack, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>
    /// Waits out a retry delay after a failed dispatch. Commits do not shorten it (a struggling broker
    /// gets room); the broker's return does.
    /// </summary>
    public async Task WaitOutRetryAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var back = Volatile.Read(ref _brokerBack).Task;
        await Task.WhenAny(Task.Delay(delay, time, waiting.Token), back);
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Notify()
    {
        // At most one wake-up is stored: a batch picks up everything committed before it runs.
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Returns true when woken by a commit, false when the safety-net interval passed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
