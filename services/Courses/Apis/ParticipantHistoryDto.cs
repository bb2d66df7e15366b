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
}

public sealed record LocationDto(string FacilityId, DateOnly From, DateOnly? Until) : IOpenApiExample<LocationDto>
{
    public static LocationDto Example => new("pi-vught", new DateOnly(2026, 2, 2), new DateOnly(2026, 6, 15));
}

public sealed record StatusDto(ParticipantStatus Status, DateOnly EffectiveOn, DateTimeOffset RecordedAt) : IOpenApiExample<StatusDto>
{
    public static StatusDto Example => new(ParticipantStatus.Active, new DateOnly(2026, 2, 16), new DateTimeOffset(2026, 2, 16, 10, 15, 0, TimeSpan.Zero));
}
