namespace HerstelWerk.Contracts.Courses;

/// <summary>Courses planned a run of a course at a facility, with its sessions.</summary>
[InternalEvent("Course planning for finding trainers inside HerstelWerk; partners follow participants' progress, not the volunteers' rota.")]
public sealed record CourseRunScheduledV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The course: <c>sos-group</c>, <c>sos-individual</c>, <c>back-to-the-future</c> or <c>cao</c>.</summary>
    public required string CourseTypeId { get; init; }

    /// <summary>The facility it runs at, from Courses' facility list.</summary>
    public required string FacilityId { get; init; }

    /// <summary>The day of the first session.</summary>
    public required DateOnly StartsOn { get; init; }

    /// <summary>
    /// The day of the last planned session: until then the run needs its trainers. Added compatibly:
    /// absent in events from before it existed.
    /// </summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>
    /// The role a trainer of this run must be trained for (<c>sos-trainer</c>, <c>cao-trainer</c>,
    /// <c>back-to-the-future</c>), so Volunteers can suggest only trainers Courses would accept. Added
    /// compatibly: absent in events from before it existed.
    /// </summary>
    public string? TrainerRole { get; init; }

    /// <summary>How many sessions are planned.</summary>
    public required int SessionCount { get; init; }

    /// <summary>How many participants the run takes before the waiting list starts.</summary>
    public required int Capacity { get; init; }
}
