using HerstelWerk.Testing;

namespace HerstelWerk.Placement.Tests;

/// <summary>Placement whose progress gauges refresh every second.</summary>
public sealed class FastProgressPlacementFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Progress:MetricsInterval", "00:00:01")];
}
