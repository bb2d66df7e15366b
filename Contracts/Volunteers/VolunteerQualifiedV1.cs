namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A volunteer was trained for a role.</summary>
/// <remarks>Published by Volunteers (issue 5); Courses already consumes it to check trainers.</remarks>
[InternalEvent("A volunteer's training for a role: trainer eligibility, inside HerstelWerk.")]
public sealed record VolunteerQualifiedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>One of <c>visitor</c>, <c>sos-trainer</c>, <c>cao-trainer</c>, <c>back-to-the-future</c>, <c>aftercare-buddy</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The volunteer's revision in Volunteers after this change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
