using HerstelWerk.Messaging.Outbox;
using Xunit;

namespace HerstelWerk.Platform.Tests;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_commit_wakes_the_dispatcher_at_once()
    {
        var signal = new OutboxSignal();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_commit_the_wait_ends_at_the_poll_interval()
    {
        var signal = new OutboxSignal();

        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
    }

    [Fact]
    public async Task Many_commits_before_a_batch_wake_it_once()
    {
        var signal = new OutboxSignal();
        for (var i = 0; i < 100; i++)
        {
            signal.Notify();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}
