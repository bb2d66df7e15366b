namespace HerstelWerk.Testing;

/// <summary>
/// Waits for an eventually consistent outcome (an event arriving, a projection updating) by polling a
/// condition, never by sleeping a fixed time. Fails with what was awaited when time runs out.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <param name="interval">
    /// Poll at this steady pace instead of quickly at first: through the gateway, whose rate limit a test
    /// client shares with everything else it sends.
    /// </param>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var delay = interval ?? TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var value = await probe();
            if (value is not null)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(delay);
            delay = interval ?? TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        ReturnsAsync<object>(async () => await condition() ? new object() : null, what, timeout, interval);
}
