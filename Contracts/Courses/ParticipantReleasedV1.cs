namespace HerstelWerk.Contracts.Courses;

/// <summary>A participant was released from detention; aftercare can start.</summary>
[PartnerVisible]
public sealed record ParticipantReleasedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The actual release date.</summary>
    public required DateOnly ReleasedOn { get; init; }

    /// <summary>
    /// The facility's stable id the participant was released from, e.g. <c>pi-vught</c>. Carried here so
    /// that a follower can act on the release without waiting for the registration, which travels on
    /// another queue. Added compatibly: absent in events from before it existed.
    /// </summary>
    public string? FacilityId { get; init; }

    /// <summary>
    /// Whether the participant's consent to take part in HerstelWerk held at release; aftercare starts
    /// only with it. Added compatibly: absent (unknown) in events from before it existed.
    /// </summary>
    public bool? HasParticipationConsent { get; init; }

    /// <summary>The participant's revision in Courses after the release.</summary>
    public required int Revision { get; init; }
}
