using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>Where a participant was held and which status held when, oldest first.</summary>
public sealed record ParticipantHistoryDto(IReadOnlyList<LocationDto> Locations, IReadOnlyList<StatusDto> Statuses) : IOpenApiExample<ParticipantHistoryDto>
{
    /// <summary>Registered at PI Vught, active in a course, then moved to PI Zwolle.</summary>
    public static ParticipantHistoryDto Example => new(
        [LocationDto.Example, new("pi-zwolle", new DateOnly(2026, 6, 15), null)],
        [
            new(ParticipantStatus.Registered, new DateOnly(2026, 2, 2), new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero)),
            StatusDto.Example,
        ]);

    public static ParticipantHistoryDto From(Participant participant) => new(
        [.. participant.Locations.OrderBy(l => l.From).ThenBy(l => l.Id).Select(l => new LocationDto(l.FacilityId, l.From, l.Until))],
        [.. participant.StatusHistory.OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).Select(StatusDto.From)]);
}
