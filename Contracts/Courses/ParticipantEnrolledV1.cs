namespace HerstelWerk.Contracts.Courses;

/// <summary>A participant got a place in a course run (directly, or by moving up from the waiting list).</summary>
[PartnerVisible]
public sealed record ParticipantEnrolledV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The course: <c>sos-group</c>, <c>sos-individual</c>, <c>back-to-the-future</c> or <c>cao</c>.</summary>
    public required string CourseTypeId { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }
}
