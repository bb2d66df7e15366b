using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>An access pass; <c>ValidToday</c> says whether the volunteer may work there today.</summary>
public sealed record FacilityAccessDto(string FacilityId, DateOnly GrantedOn, DateOnly? EndsOn, DateOnly? RevokedOn, bool ValidToday)
    : IOpenApiExample<FacilityAccessDto>
{
    public static FacilityAccessDto Example => new("pi-vught", new DateOnly(2026, 5, 11), new DateOnly(2027, 5, 10), null, true);
}
