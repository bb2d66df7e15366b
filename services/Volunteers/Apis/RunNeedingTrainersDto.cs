namespace HerstelWerk.Volunteers.Apis;

/// <summary>A run without trainers; suggestions for it come from <c>GET /api/volunteers?role=...&amp;facilityId=...</c>.</summary>
public sealed record RunNeedingTrainersDto(Guid CourseRunId, string CourseTypeId, string FacilityId, DateOnly StartsOn);
