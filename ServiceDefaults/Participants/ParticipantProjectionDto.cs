namespace HerstelWerk.ServiceDefaults.Participants;

/// <summary>A participant as this service knows them: no name, no personal details; after erasure only the id.</summary>
public sealed record ParticipantProjectionDto(
    Guid ParticipantId,
    string? Facility,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    DateOnly? ReleasedOn,
    DateOnly? ConsentWithdrawnOn,
    int Revision,
    DateTimeOffset UpdatedAt,
    bool Erased)
{
    internal static ParticipantProjectionDto From(ParticipantProjection participant) =>
        new(participant.ParticipantId, participant.Facility, participant.FacilityId, participant.ExpectedReleaseDate, participant.ReleasedOn,
            participant.ConsentWithdrawnOn, participant.Revision, participant.UpdatedAt, participant.ErasedAt != null);
}
