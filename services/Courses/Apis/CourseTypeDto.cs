using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <param name="Version">Send it back as If-Match (in quotes) when changing the rules.</param>
public sealed record CourseTypeDto(
    string Id, string Name, CourseFormat? OnlyFormat, int MinimumSessions, int? MaximumSessions, int MaximumGroupSize, int SessionsToComplete, string TrainerRole, uint Version)
    : IOpenApiExample<CourseTypeDto>
{
    /// <summary>CAO as seeded: group or individual (so no single format), open-ended.</summary>
    public static CourseTypeDto Example => new("cao", "CAO - Cursus ArbeidsOriëntatie", null, 5, null, 12, 4, "cao-trainer", 8731);

    /// <summary>A tracked course type, with its row version as <see cref="Version"/>.</summary>
    public static CourseTypeDto From(CourseType type, CoursesDbContext db) =>
        new(type.Id, type.Name, type.OnlyFormat, type.MinimumSessions, type.MaximumSessions, type.MaximumGroupSize, type.SessionsToComplete, type.TrainerRole,
            (uint)db.VersionOf(type));
}
