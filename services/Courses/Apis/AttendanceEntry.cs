using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>One participant's presence at a session.</summary>
public sealed record AttendanceEntry(Guid ParticipantId, Presence Presence) : IOpenApiExample<AttendanceEntry>
{
    public static AttendanceEntry Example => new(Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"), Presence.Present);
}
