using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Infrastructure;

internal static class CourseRunQueries
{
    /// <summary>Runs with a session on or after <paramref name="today"/> (<see cref="CourseRun.LastDay"/>), in the database.</summary>
    public static IQueryable<CourseRun> NotFinishedBy(this IQueryable<CourseRun> runs, DateOnly today) =>
        runs.Where(r => (r.EndsOn ?? r.StartsOn) >= today);
}
