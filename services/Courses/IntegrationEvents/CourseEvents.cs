using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.IntegrationEvents;

/// <summary>Builds the events Courses publishes about course runs: ids and counts, never names.</summary>
internal static class CourseEvents
{
    public static CourseRunScheduledV1 ToScheduledEvent(this CourseRun run, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        CourseTypeId = run.CourseTypeId,
        FacilityId = run.FacilityId,
        StartsOn = run.StartsOn,
        EndsOn = run.Sessions.Max(session => session.ScheduledOn),
        SessionCount = run.Sessions.Count,
        Capacity = run.Capacity,
    };

    public static CourseRunTrainersChangedV1 ToTrainersChangedEvent(this CourseRun run, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        TrainerVolunteerIds = [.. run.TrainerVolunteerIds],
        Revision = run.Revision,
    };

    public static ParticipantEnrolledV1 ToEnrolledEvent(this CourseRun run, Enrolment enrolment, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        CourseRunId = run.Id,
        CourseTypeId = run.CourseTypeId,
        ParticipantId = enrolment.ParticipantId,
    };

    public static SessionHeldV1 ToSessionHeldEvent(this CourseRun run, SessionOutcome outcome, DateTimeOffset now) => new()
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
    public static IIntegrationEvent ToOutcomeEvent(this CourseRun run, Enrolment enrolment, DateTimeOffset now)
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
