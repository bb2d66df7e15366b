using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <param name="WaitingPosition">1 for the first on the waiting list; null when not waiting.</param>
public sealed record EnrolmentDto(
    Guid ParticipantId, EnrolmentStatus Status, int? WaitingPosition, DateTimeOffset RequestedAt, DateTimeOffset? EnrolledAt,
    DateOnly? EndedOn, EndReason? EndReason, int SessionsAttended)
{
    public static EnrolmentDto From(CourseRun run, Enrolment enrolment)
    {
        var waiting = run.Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).ToList();
        int? position = enrolment.Status == EnrolmentStatus.Waiting ? waiting.IndexOf(enrolment) + 1 : null;
        return new(enrolment.ParticipantId, enrolment.Status, position, enrolment.RequestedAt, enrolment.EnrolledAt,
            enrolment.EndedOn, enrolment.EndReason, enrolment.SessionsAttended);
    }
}
