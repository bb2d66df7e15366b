using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A run without trainers; trainers for it are suggested by <c>GET /api/volunteers/runs/{courseRunId}/trainer-suggestions</c>.</summary>
public sealed record RunNeedingTrainersDto(Guid CourseRunId, string CourseTypeId, string FacilityId, DateOnly StartsOn, DateOnly? EndsOn)
    : IOpenApiExample<RunNeedingTrainersDto>
{
    public static RunNeedingTrainersDto Example => new(Guid.Parse("019d2a4b-63c1-7e5f-8b72-4a9d3c8f6e21"), "cao", "pi-zwolle", new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 8));
}
