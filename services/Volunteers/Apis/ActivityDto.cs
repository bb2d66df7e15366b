using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A logged activity; <c>FromCourses</c> when it was taken from a session Courses reported.</summary>
public sealed record ActivityDto(Guid Id, Guid VolunteerId, ActivityKind Kind, DateOnly On, int Minutes, bool FromCourses)
    : IOpenApiExample<ActivityDto>
{
    public static ActivityDto Example => new(
        VolunteerExamples.ActivityId, VolunteerExamples.VolunteerId, ActivityKind.Visit, new DateOnly(2026, 11, 24), 90, false);

    public static ActivityDto From(VolunteerActivity a) => new(a.Id, a.VolunteerId, a.Kind, a.On, a.Minutes, a.SourceKey is not null);
}
