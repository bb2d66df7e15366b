using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <param name="WaitingPosition">1 for the first on the waiting list; null when not waiting.</param>
/// <param name="Attendance">The presence recorded per held session, in session order; a front end shows a held session as it was recorded.</param>
public sealed record EnrolmentDto(
    Guid ParticipantId, EnrolmentStatus Status, int? WaitingPosition, DateTimeOffset RequestedAt, DateTimeOffset? EnrolledAt,
    DateOnly? EndedOn, EndReason? EndReason, int SessionsAttended, IReadOnlyList<AttendanceDto> Attendance) : IOpenApiExample<EnrolmentDto>
{
    /// <summary>Had a place straight away (so no waiting position) and attended three sessions so far.</summary>
    public static EnrolmentDto Example
    {
        get
        {
            var requested = new DateTimeOffset(2026, 2, 16, 10, 15, 0, TimeSpan.Zero);
            return new(Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"), EnrolmentStatus.Enrolled, null, requested, requested, null, null, 3,
                [AttendanceDto.Example, new(2, Presence.Present), new(3, Presence.Excused), new(4, Presence.Present)]);
        }
    }

    public static EnrolmentDto From(CourseRun run, Enrolment enrolment)
    {
        var waiting = run.Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).ToList();
        int? position = enrolment.Status == EnrolmentStatus.Waiting ? waiting.IndexOf(enrolment) + 1 : null;
        return new(enrolment.ParticipantId, enrolment.Status, position, enrolment.RequestedAt, enrolment.EnrolledAt,
            enrolment.EndedOn, enrolment.EndReason, enrolment.SessionsAttended,
            [.. enrolment.Attendance.OrderBy(a => a.SessionNumber).Select(a => new AttendanceDto(a.SessionNumber, a.Presence))]);
    }
}
