using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>A participant as staff see them in Courses. After erasure only the id, group and dates remain.</summary>
public sealed record ParticipantDto(
    Guid Id,
    string? FullName,
    ParticipantGroup Group,
    string? Facility,
    DateOnly? ExpectedReleaseDate,
    DateTimeOffset RegisteredAt,
    int Revision,
    bool Erased)
{
    public static ParticipantDto From(Participant participant) => new(
        participant.Id,
        participant.FullName,
        participant.Group,
        participant.Facility,
        participant.ExpectedReleaseDate,
        participant.RegisteredAt,
        participant.Revision,
        participant.IsErased);
}
