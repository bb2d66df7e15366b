namespace HerstelWerk.Contracts.Placement;

/// <summary>A candidate started a job with an employer; Aftercare offers the employer support.</summary>
[PartnerVisible]
public sealed record JobStartedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The placement's id in Placement (one candidate, one vacancy).</summary>
    public required Guid PlacementId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The employer's id in Placement.</summary>
    public required Guid EmployerId { get; init; }

    /// <summary>The first working day.</summary>
    public required DateOnly StartedOn { get; init; }
}
