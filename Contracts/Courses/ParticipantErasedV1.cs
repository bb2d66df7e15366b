namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// An admin erased a participant's personal data in Courses (the GDPR right to erasure). Every
/// receiver removes whatever it holds about the participant beyond the pseudonymous id, and keeps
/// only what anonymous counts need.
/// </summary>
[PartnerVisible]
public sealed record ParticipantErasedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Pseudonymous id of the participant; it stays, so counts and links keep working.</summary>
    public required Guid ParticipantId { get; init; }

    /// <summary>The participant record's revision in Courses after the erasure; no later change exists.</summary>
    public required int Revision { get; init; }
}
