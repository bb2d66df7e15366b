namespace HerstelWerk.Contracts.Courses;

/// <summary>An enrolment ended without completion.</summary>
[PartnerVisible]
public sealed record EnrolmentEndedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The course type's id.</summary>
    public required string CourseTypeId { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The day it ended.</summary>
    public required DateOnly EndedOn { get; init; }

    /// <summary>Transferred, Released, DroppedOut, ExcludedByFacility, NotCompleted or ConsentWithdrawn.</summary>
    public required string Reason { get; init; }
}
