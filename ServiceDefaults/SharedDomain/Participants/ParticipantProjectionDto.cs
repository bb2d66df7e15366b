using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Participants;

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
    bool Erased) : IOpenApiExample<ParticipantProjectionDto>
{
    public static ParticipantProjectionDto Example => new(
        Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"), "PI Vught", "pi-vught", new DateOnly(2027, 3, 1), null, null, 3,
        new DateTimeOffset(2026, 2, 16, 10, 15, 2, TimeSpan.Zero), false);

    internal static ParticipantProjectionDto From(ParticipantProjection participant) =>
        new(participant.ParticipantId, participant.Facility, participant.FacilityId, participant.ExpectedReleaseDate, participant.ReleasedOn,
            participant.ConsentWithdrawnOn, participant.Revision, participant.UpdatedAt, participant.ErasedAt != null);
}
