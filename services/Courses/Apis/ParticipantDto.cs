using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>A participant as staff see them in Courses. After erasure only the id, group and dates remain.</summary>
public sealed record ParticipantDto(
    Guid Id,
    string? FullName,
    DateOnly? DateOfBirth,
    string? PrisonNumber,
    string? ContactLanguage,
    ParticipantGroup Group,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    ParticipantStatus Status,
    DateOnly? ReleasedOn,
    DateOnly? ConsentWithdrawnOn,
    DateTimeOffset RegisteredAt,
    int Revision,
    bool Erased)
{
    public static ParticipantDto From(Participant participant) => new(
        participant.Id,
        participant.FullName,
        participant.DateOfBirth,
        participant.PrisonNumber,
        participant.ContactLanguage,
        participant.Group,
        participant.FacilityId,
        participant.ExpectedReleaseDate,
        participant.Status,
        participant.ReleasedOn,
        participant.ConsentWithdrawnOn,
        participant.RegisteredAt,
        participant.Revision,
        participant.IsErased);
}
