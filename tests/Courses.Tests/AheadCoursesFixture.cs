using HerstelWerk.Testing;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses configured to run its business date 30 days ahead, in the environment a subclass names.</summary>
public class AheadCoursesFixture : ServiceFixture<Program>
{
    public const int OffsetDays = 30;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("BusinessDate:OffsetDays", OffsetDays.ToString())];
}
