using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <param name="Version">Send it back as If-Match (in quotes) when changing the rules.</param>
public sealed record CourseTypeDto(
    string Id, string Name, CourseFormat? OnlyFormat, int MinimumSessions, int? MaximumSessions, int MaximumGroupSize, int SessionsToComplete, string TrainerRole, uint Version)
{
    public static CourseTypeDto From(CourseType type, uint version) =>
        new(type.Id, type.Name, type.OnlyFormat, type.MinimumSessions, type.MaximumSessions, type.MaximumGroupSize, type.SessionsToComplete, type.TrainerRole, version);
}
