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
        SessionCount = run.Sessions.Count,
        Capacity = run.Capacity,
    };
}
