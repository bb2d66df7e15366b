namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A coordinator assigned a volunteer to a participant in a role (visitor, aftercare buddy, ...).</summary>
[InternalEvent("Links a volunteer to a participant, which tells whose buddy someone is; for Aftercare alone.")]
public sealed record VolunteerAssignedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The assignment's id in Volunteers; VolunteerAssignmentEndedV1 names it again.</summary>
    public required Guid AssignmentId { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>One of the codes in <see cref="VolunteerRoles"/>.</summary>
    public required string Role { get; init; }

    /// <summary>The first day of the assignment.</summary>
    public required DateOnly StartedOn { get; init; }
}
