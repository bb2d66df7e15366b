namespace HerstelWerk.Contracts.Aftercare;

/// <summary>An aftercare trajectory went longer without a successful contact than the contact rhythm allows; raised once per overdue period.</summary>
[PartnerVisible]
public sealed record AftercareContactOverdueV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The trajectory's id in Aftercare.</summary>
    public required Guid TrajectoryId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day of the last successful contact, or null when there was none yet.</summary>
    public DateOnly? LastContactOn { get; init; }

    /// <summary>The first day the contact counted as overdue.</summary>
    public required DateOnly OverdueSince { get; init; }
}
