using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>Where a participant was held and which status held when, oldest first.</summary>
public sealed record ParticipantHistoryDto(IReadOnlyList<LocationDto> Locations, IReadOnlyList<StatusDto> Statuses);

public sealed record LocationDto(string FacilityId, DateOnly From, DateOnly? Until);

public sealed record StatusDto(ParticipantStatus Status, DateOnly EffectiveOn, DateTimeOffset RecordedAt);
