using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A status, the day it took effect and when it was recorded.</summary>
public sealed record StatusDto(ParticipantStatus Status, DateOnly EffectiveOn, DateTimeOffset RecordedAt) : IOpenApiExample<StatusDto>
{
    public static StatusDto Example => new(ParticipantStatus.Active, new DateOnly(2026, 2, 16), new DateTimeOffset(2026, 2, 16, 10, 15, 0, TimeSpan.Zero));

    public static StatusDto From(ParticipantStatusChange change) => new(change.Status, change.EffectiveOn, change.RecordedAt);
}
