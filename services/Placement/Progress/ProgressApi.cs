using HerstelWerk.Placement.Apis;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Placement.Progress;

public static class ProgressApi
{
    public static void MapProgressApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup(Extensions.RoutePrefix + "/progress", "Reports")
            .MapGet("/", GetProgress)
            .RequireAccess(Extensions.Staff)
            .WithName("GetPlacementProgress")
            .WithSummary("A year's mediation figures against the charity's targets, in total and per facility.")
            .WithDescription(
                "Counting rules. " +
                $"jobStarts: {ProgressCounting.JobStartsRule} " +
                $"retentionRatePercent: {ProgressCounting.RetentionRule} " +
                $"averageDaysFromCaoToJobStart: {ProgressCounting.AverageDaysRule} " +
                "Per facility: where the candidate was held when the job started. Targets come from configuration (Targets:{year}); " +
                "a target not set is null.");
    }

    public static async Task<Ok<ProgressReport>> GetProgress([AsParameters] YearQuery query, ProgressCalculator calculator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calculator.CalculateAsync(query.Year, cancellationToken));
}
