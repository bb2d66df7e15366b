namespace HerstelWerk.Contracts.Aftercare;

/// <summary>Aftercare opened a trajectory for a released participant.</summary>
[PartnerVisible]
public sealed record AftercareStartedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The trajectory's id in Aftercare.</summary>
    public required Guid TrajectoryId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day the trajectory started.</summary>
    public required DateOnly StartedOn { get; init; }
}
