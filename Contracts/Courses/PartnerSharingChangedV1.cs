namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// Whether partner organisations may follow a participant changed: the participant gave consent to
/// share their pseudonymous progress with partners (<c>PartnerSharing</c>), or withdrew consent.
/// </summary>
/// <remarks>
/// Published by Courses at every intake (with the state the intake recorded, so the partner door always
/// learns one), when a <c>PartnerSharing</c> consent is recorded later, and when consent is withdrawn.
/// The partner door lets a participant's events through only while this says <c>Shared</c>.
/// </remarks>
[InternalEvent("It steers the partner door (which participants' events partners may receive); partners receive the events themselves, not the consent.")]
public sealed record PartnerSharingChangedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>True while the participant's consent to partner sharing holds.</summary>
    public required bool Shared { get; init; }

    /// <summary>
    /// The participant's revision in Courses after the change; a receiver ignores older ones, so a late
    /// event never shares a participant again after a withdrawal.
    /// </summary>
    public required int Revision { get; init; }
}
