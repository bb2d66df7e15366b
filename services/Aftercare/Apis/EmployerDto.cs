using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>An employer supported during the trajectory, from Placement's job events.</summary>
public sealed record EmployerDto(Guid EmployerId, Guid PlacementId, DateOnly StartedOn, DateOnly? EndedOn, string? EndReason) : IOpenApiExample<EmployerDto>
{
    public static EmployerDto Example => new(AftercareExamples.EmployerId, AftercareExamples.PlacementId, AftercareExamples.JobStartedOn, null, null);
}
