using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>Whether the participant was at one held session, as recorded (and corrected) for it.</summary>
public sealed record AttendanceDto(int SessionNumber, Presence Presence) : IOpenApiExample<AttendanceDto>
{
    public static AttendanceDto Example => new(1, Presence.Present);
}
