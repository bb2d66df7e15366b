using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>How a trajectory closed; the outcome is null once an erasure removed a detailed one (it could say "reoffended").</summary>
public sealed record ClosureDto(DateOnly ClosedOn, TrajectoryOutcome? Outcome, string? Reason) : IOpenApiExample<ClosureDto>
{
    public static ClosureDto Example => new(AftercareExamples.PlannedEndOn, TrajectoryOutcome.Completed, null);
}
