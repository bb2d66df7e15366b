namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// A participant withdrew consent. Every receiver stops processing for them: no new work, no new
/// contacts. What was done stays counted, anonymously.
/// </summary>
[PartnerVisible]
public sealed record ConsentWithdrawnV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day consent was withdrawn.</summary>
    public required DateOnly WithdrawnOn { get; init; }

    /// <summary>The participant's revision in Courses after the withdrawal.</summary>
    public required int Revision { get; init; }
}
