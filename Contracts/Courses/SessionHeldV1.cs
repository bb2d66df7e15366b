namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// A session of a course run took place. Carries attendance counts and the trainers' volunteer ids,
/// so Volunteers can log hours; never who attended.
/// </summary>
[InternalEvent("Attendance counts with the trainers' volunteer ids, for the volunteers' hours; about volunteers, not participants.")]
public sealed record SessionHeldV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The course type's id.</summary>
    public required string CourseTypeId { get; init; }

    /// <summary>The facility the session was held at.</summary>
    public required string FacilityId { get; init; }

    /// <summary>1-based number of the session in its run.</summary>
    public required int SessionNumber { get; init; }

    /// <summary>The day it took place.</summary>
    public required DateOnly HeldOn { get; init; }

    /// <summary>How many enrolled participants were there.</summary>
    public required int Present { get; init; }

    /// <summary>How many were absent without leave.</summary>
    public required int Absent { get; init; }

    /// <summary>How many were excused.</summary>
    public required int Excused { get; init; }

    /// <summary>The volunteers who gave the session (empty until trainers are assigned to runs).</summary>
    public required IReadOnlyList<Guid> TrainerVolunteerIds { get; init; }
}
