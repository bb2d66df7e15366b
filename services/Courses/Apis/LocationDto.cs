using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A stay at one facility; <c>until</c> is null while it lasts.</summary>
public sealed record LocationDto(string FacilityId, DateOnly From, DateOnly? Until) : IOpenApiExample<LocationDto>
{
    public static LocationDto Example => new("pi-vught", new DateOnly(2026, 2, 2), new DateOnly(2026, 6, 15));
}
