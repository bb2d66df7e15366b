namespace HerstelWerk.Contracts.Courses;

/// <summary>A participant completed a course by its completion rule. Placement starts a candidate when the course is CAO.</summary>
[PartnerVisible]
public sealed record CourseCompletedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The course type's id: <c>cao</c> matters to Placement.</summary>
    public required string CourseTypeId { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day of the last session.</summary>
    public required DateOnly CompletedOn { get; init; }
}
