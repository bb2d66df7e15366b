namespace HerstelWerk.Courses.Tests;

/// <summary>The same setting in Production, where it must have no effect.</summary>
public sealed class ProductionAheadCoursesFixture : AheadCoursesFixture
{
    protected override string Environment => "Production";
}
