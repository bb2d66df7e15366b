namespace HerstelWerk.Contracts.Volunteers;

/// <summary>The director of a facility granted a volunteer a personal access pass.</summary>
/// <remarks>Published by Volunteers (issue 5); Courses already consumes it to check trainers.</remarks>
[InternalEvent("A volunteer's access pass to a facility: security information between the charity and the facility.")]
public sealed record VolunteerAdmittedToFacilityV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The facility, as an id from Courses' facility list (e.g. <c>pi-vught</c>).</summary>
    public required string FacilityId { get; init; }

    /// <summary>
    /// The first day the pass is valid (a director may grant one ahead of time). Added compatibly: absent in
    /// events from before it existed, where the pass counts from when it was reported.
    /// </summary>
    public DateOnly? AccessStartsOn { get; init; }

    /// <summary>The last day the pass is valid, or null when it has no end date.</summary>
    public DateOnly? AccessEndsOn { get; init; }

    /// <summary>The volunteer's revision in Volunteers after this change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
