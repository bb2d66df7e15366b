namespace HerstelWerk.Contracts.Aftercare;

/// <summary>Aftercare closed a trajectory, with its outcome.</summary>
[PartnerVisible]
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

    /// <summary>
    /// <c>Completed</c> or <c>EndedEarly</c>. The detailed outcome (lost contact, reoffended, moved away,
    /// declined) stays in Aftercare: "reoffended" is criminal-offence data (GDPR article 10).
    /// </summary>
    public required string Outcome { get; init; }
}
