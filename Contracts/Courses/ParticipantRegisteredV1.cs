namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// Courses took a new participant into HerstelWerk during detention.
/// </summary>
/// <remarks>
/// Carries only what other services need to follow the participant: the pseudonymous id, where the
/// participant is held and when release is expected. Name, date of birth and participant group
/// (TBS status is a special category of personal data) stay in Courses.
/// </remarks>
[PartnerVisible]
public sealed record ParticipantRegisteredV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant; the same in every service.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The name of the facility (penitentiary institution or forensic centre) where the participant is held.</summary>
    public required string Facility { get; init; }

    /// <summary>The facility's stable id, e.g. <c>pi-vught</c>. Added compatibly: absent in events from before it existed.</summary>
    public string? FacilityId { get; init; }

    /// <summary>The release date expected at intake.</summary>
    public required DateOnly ExpectedReleaseDate { get; init; }

    /// <summary>
    /// The participant record's revision in Courses when this event was raised. It only grows, so a
    /// consumer that already holds a higher revision knows this event is stale and ignores it.
    /// </summary>
    public required int Revision { get; init; }
}
