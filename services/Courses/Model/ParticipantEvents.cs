using HerstelWerk.Contracts.Courses;

namespace HerstelWerk.Courses.Model;

/// <summary>The events a <see cref="Participant"/> raises, with only the fields others may know: ids, dates, facility codes.</summary>
internal static class ParticipantEvents
{
    public static ParticipantRegisteredV1 Registered(this Participant participant, Facility facility, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        Facility = facility.Name,
        FacilityId = facility.Id,
        ExpectedReleaseDate = participant.ExpectedReleaseDate!.Value,
        Revision = participant.Revision,
    };

    public static ParticipantTransferredV1 Transferred(this Participant participant, string fromFacilityId, Facility to, DateOnly on, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        FromFacilityId = fromFacilityId,
        ToFacilityId = to.Id,
        ToFacility = to.Name,
        TransferredOn = on,
        Revision = participant.Revision,
    };

    public static ParticipantReleasedV1 Released(this Participant participant, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        ReleasedOn = participant.ReleasedOn!.Value,
        FacilityId = participant.FacilityId,
        HasParticipationConsent = participant.HasConsent(ConsentPurpose.Participation),
        Revision = participant.Revision,
    };

    public static ConsentWithdrawnV1 ConsentWithdrawn(this Participant participant, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        WithdrawnOn = participant.ConsentWithdrawnOn!.Value,
        Revision = participant.Revision,
    };

    public static PartnerSharingChangedV1 PartnerSharingChanged(this Participant participant, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        Shared = participant.HasConsent(ConsentPurpose.PartnerSharing),
        Revision = participant.Revision,
    };

    public static ParticipantErasedV1 Erased(this Participant participant, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        ParticipantId = participant.Id,
        Revision = participant.Revision,
    };
}
