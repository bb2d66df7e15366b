namespace HerstelWerk.ServiceDefaults.Participants;

/// <summary>A participant as this service knows them: no name, no personal details; after erasure only the id.</summary>
public sealed record ParticipantProjectionDto(Guid ParticipantId, string? Facility, DateOnly? ExpectedReleaseDate, int Revision, DateTimeOffset UpdatedAt, bool Erased)
{
    internal static ParticipantProjectionDto From(ParticipantProjection participant) =>
        new(participant.ParticipantId, participant.Facility, participant.ExpectedReleaseDate, participant.Revision, participant.UpdatedAt, participant.ErasedAt != null);
}
