namespace HerstelWerk.Contracts.Placement;

/// <summary>A placed candidate's employment ended.</summary>
[PartnerVisible]
public sealed record EmploymentEndedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The placement's id, as in JobStartedV1.</summary>
    public required Guid PlacementId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The employer's id in Placement.</summary>
    public required Guid EmployerId { get; init; }

    /// <summary>The last working day.</summary>
    public required DateOnly EndedOn { get; init; }

    /// <summary>One of <c>ContractEnded</c>, <c>Resigned</c>, <c>Dismissed</c>, <c>Other</c>; never free text.</summary>
    public required string Reason { get; init; }
}
