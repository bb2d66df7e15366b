namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A volunteer's assignment to a participant ended.</summary>
[InternalEvent("Links a volunteer to a participant, which tells whose buddy someone is; for Aftercare alone.")]
public sealed record VolunteerAssignmentEndedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assignment's id, as in VolunteerAssignedV1.</summary>
    public required Guid AssignmentId { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>One of the codes in <see cref="VolunteerRoles"/>.</summary>
    public required string Role { get; init; }

    /// <summary>The last day of the assignment.</summary>
    public required DateOnly EndedOn { get; init; }
}
