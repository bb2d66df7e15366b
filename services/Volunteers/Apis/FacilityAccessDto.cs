namespace HerstelWerk.Volunteers.Apis;

/// <summary>An access pass; <c>ValidToday</c> says whether the volunteer may work there today.</summary>
public sealed record FacilityAccessDto(string FacilityId, DateOnly GrantedOn, DateOnly? EndsOn, DateOnly? RevokedOn, bool ValidToday);
