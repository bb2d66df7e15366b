namespace HerstelWerk.Contracts.Courses;

/// <summary>A participant was released from detention; aftercare can start.</summary>
public sealed record ParticipantReleasedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The actual release date.</summary>
    public required DateOnly ReleasedOn { get; init; }

    /// <summary>The participant's revision in Courses after the release.</summary>
    public required int Revision { get; init; }
}
