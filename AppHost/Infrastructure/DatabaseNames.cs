namespace HerstelWerk.AppHost.Infrastructure;

internal static class DatabaseNames
{
    /// <summary>The resource "coursesdb" is the PostgreSQL database "courses".</summary>
    public static string For(string resourceName) =>
        resourceName.EndsWith("db", StringComparison.Ordinal) ? resourceName[..^2] : resourceName;
}
