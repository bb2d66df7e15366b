using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A planned session; <c>heldOn</c> is set once its attendance is recorded.</summary>
public sealed record SessionDto(int Number, DateOnly ScheduledOn, DateOnly? HeldOn) : IOpenApiExample<SessionDto>
{
    public static SessionDto Example => new(1, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2));
}
