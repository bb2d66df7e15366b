namespace HerstelWerk.Contracts.Placement;

/// <summary>An employer's visit inside a facility, to get acquainted and hold job interviews, was scheduled.</summary>
[PartnerVisible]
public sealed record EmployerVisitScheduledV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The visit's id in Placement.</summary>
    public required Guid VisitId { get; init; }

    /// <summary>The employer's id in Placement.</summary>
    public required Guid EmployerId { get; init; }

    /// <summary>The facility, as an id from Courses' facility list.</summary>
    public required string FacilityId { get; init; }

    /// <summary>The day of the visit.</summary>
    public required DateOnly VisitOn { get; init; }

    /// <summary>The candidates who meet the employer, by pseudonymous participant id.</summary>
    public required IReadOnlyList<Guid> ParticipantIds { get; init; }
}
