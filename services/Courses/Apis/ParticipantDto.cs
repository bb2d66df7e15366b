using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

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
    bool Erased) : IOpenApiExample<ParticipantDto>
{
    /// <summary>A fictional participant; taking part in a course has made them Active.</summary>
    public static ParticipantDto Example => new(
        Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"), "Jan Jansen", new DateOnly(1988, 6, 14), "A-204518", "nl",
        ParticipantGroup.Prisoner, "pi-vught", new DateOnly(2027, 3, 1), ParticipantStatus.Active, null, null,
        new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero), 3, false);

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
