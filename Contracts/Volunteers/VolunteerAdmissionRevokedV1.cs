namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A facility withdrew a volunteer's access pass.</summary>
/// <remarks>Published by Volunteers (issue 5); Courses already consumes it to check trainers.</remarks>
[InternalEvent("A volunteer's access pass to a facility: security information between the charity and the facility.")]
public sealed record VolunteerAdmissionRevokedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The facility, as an id from Courses' facility list.</summary>
    public required string FacilityId { get; init; }

    /// <summary>The volunteer's revision in Volunteers after this change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
