using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Courses;
namespace HerstelWerk.Courses.Model;

/// <summary>The events a <see cref="CourseRun"/> raises: ids and counts, never names.</summary>
internal static class CourseRunEvents
{
    public static CourseRunScheduledV1 Scheduled(this CourseRun run, CourseType type, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        CourseTypeId = run.CourseTypeId,
        FacilityId = run.FacilityId,
        StartsOn = run.StartsOn,
        EndsOn = run.Sessions.Max(session => session.ScheduledOn),
        TrainerRole = type.TrainerRole,
        SessionCount = run.Sessions.Count,
        Capacity = run.Capacity,
    };

    public static CourseRunTrainersChangedV1 TrainersChanged(this CourseRun run, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        TrainerVolunteerIds = [.. run.TrainerVolunteerIds],
        Revision = run.Revision,
    };

    public static ParticipantEnrolledV1 Enrolled(this CourseRun run, Enrolment enrolment, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        CourseTypeId = run.CourseTypeId,
        ParticipantId = enrolment.ParticipantId,
    };

    public static SessionHeldV1 SessionHeld(this CourseRun run, SessionOutcome outcome, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        CourseTypeId = run.CourseTypeId,
        FacilityId = run.FacilityId,
        SessionNumber = outcome.Session.Number,
        HeldOn = outcome.Session.HeldOn!.Value,
        Present = outcome.Present,
        Absent = outcome.Absent,
        Excused = outcome.Excused,
        TrainerVolunteerIds = [.. run.TrainerVolunteerIds],
    };

    /// <summary>CourseCompletedV1 for a completed enrolment, EnrolmentEndedV1 for one that ended.</summary>
    public static IIntegrationEvent Outcome(this CourseRun run, Enrolment enrolment, DateTimeOffset now)
    {
        if (enrolment.Status == EnrolmentStatus.Completed)
        {
            return new CourseCompletedV1
            {
                EventId = Guid.CreateVersion7(now),
                OccurredAt = now,
                CourseRunId = run.Id,
                CourseTypeId = run.CourseTypeId,
                ParticipantId = enrolment.ParticipantId,
                CompletedOn = enrolment.EndedOn!.Value,
            };
        }

        return new EnrolmentEndedV1
        {
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            CourseRunId = run.Id,
            CourseTypeId = run.CourseTypeId,
            ParticipantId = enrolment.ParticipantId,
            EndedOn = enrolment.EndedOn!.Value,
            Reason = enrolment.EndReason!.Value.ToString(),
        };
    }
}
