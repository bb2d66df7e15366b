namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A volunteer completed screening and training and may now work with participants.</summary>
/// <remarks>Published by Volunteers (issue 5); Courses already consumes it to check trainers.</remarks>
[InternalEvent("About a volunteer's standing in the charity, for the trainer checks and sign-in; partners follow participants.")]
public sealed record VolunteerActivatedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The volunteer's revision in Volunteers after this change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
