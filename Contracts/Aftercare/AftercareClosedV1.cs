namespace HerstelWerk.Contracts.Aftercare;

/// <summary>Aftercare closed a trajectory, with its outcome.</summary>
public sealed record AftercareClosedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The trajectory's id in Aftercare.</summary>
    public required Guid TrajectoryId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day it closed.</summary>
    public required DateOnly ClosedOn { get; init; }

    /// <summary>How it ended: <c>Completed</c>, <c>Stopped</c> or <c>ConsentWithdrawn</c>.</summary>
    public required string Outcome { get; init; }
}
