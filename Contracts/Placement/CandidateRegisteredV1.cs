namespace HerstelWerk.Contracts.Placement;

/// <summary>Placement took a participant on as a job candidate: after a completed CAO course, or referred by hand.</summary>
[PartnerVisible]
public sealed record CandidateRegisteredV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The candidate's id in Placement.</summary>
    public required Guid CandidateId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day the candidate was registered.</summary>
    public required DateOnly RegisteredOn { get; init; }
}
