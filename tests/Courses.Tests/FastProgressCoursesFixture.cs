using HerstelWerk.Testing;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses whose progress gauges refresh every second.</summary>
public sealed class FastProgressCoursesFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Progress:MetricsInterval", "00:00:01")];
}
