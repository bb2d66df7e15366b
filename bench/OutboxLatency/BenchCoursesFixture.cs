using HerstelWerk.Testing;

namespace HerstelWerk.Bench.OutboxLatency;

/// <summary>Courses configured for one benchmark mode, on the same real servers the tests use.</summary>
internal sealed class BenchCoursesFixture(bool wakeOnCommit, TimeSpan pollInterval) : ServiceFixture<global::Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Outbox:WakeOnCommit", wakeOnCommit.ToString()),
        new("Outbox:PollInterval", pollInterval.ToString()),
        new("Logging:LogLevel:Default", "Warning"),
        new("Logging:LogLevel:MassTransit", "Warning"),
    ];
}
