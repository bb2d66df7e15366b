namespace HerstelWerk.Contracts.Courses;

/// <summary>A participant moved from one facility to another; their enrolments at the old one end.</summary>
[PartnerVisible]
public sealed record ParticipantTransferredV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The facility the participant left (an id from Courses' facility list, e.g. <c>pi-vught</c>).</summary>
    public required string FromFacilityId { get; init; }

    /// <summary>The facility the participant moved to.</summary>
    public required string ToFacilityId { get; init; }

    /// <summary>The name of the facility the participant moved to.</summary>
    public required string ToFacility { get; init; }

    /// <summary>The day of the move.</summary>
    public required DateOnly TransferredOn { get; init; }

    /// <summary>The participant's revision in Courses after the transfer.</summary>
    public required int Revision { get; init; }
}
