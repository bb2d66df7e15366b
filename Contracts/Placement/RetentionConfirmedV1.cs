namespace HerstelWerk.Contracts.Placement;

/// <summary>The adviser confirmed that a placed candidate is still employed six months after starting.</summary>
[PartnerVisible]
public sealed record RetentionConfirmedV1 : IIntegrationEvent
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

    /// <summary>The first working day.</summary>
    public required DateOnly StartedOn { get; init; }

    /// <summary>The day the adviser confirmed it.</summary>
    public required DateOnly ConfirmedOn { get; init; }
}
