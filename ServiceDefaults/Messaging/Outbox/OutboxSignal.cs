namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher the moment an outbox row commits, so events leave within milliseconds
/// instead of waiting for the next poll. Polling remains only as a safety net.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

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
