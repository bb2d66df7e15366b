using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Aftercare.Progress;

public static class ProgressApi
{
    public static void MapProgressApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/aftercare/progress", "Reports")
            .MapGet("/", GetProgress)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetAftercareProgress")
            .WithSummary("The year's aftercare figures, against the target where there is one, in total and per facility of release.")
            .WithDescription(
                "Counting rules. " +
                $"coachedDuringWork: {ProgressCounting.CoachedRule} " +
                $"trajectoriesStarted: {ProgressCounting.StartedRule} " +
                $"trajectoriesCompleted: {ProgressCounting.CompletedRule} " +
                $"shareWithoutOverdue: {ProgressCounting.ShareRule} " +
                $"medianDaysToFirstContact: {ProgressCounting.MedianRule} " +
                "Targets come from configuration (Targets:{year}). The figures are anonymous, so erasure and consent withdrawal leave them unchanged.");
    }

    public static async Task<Ok<ProgressReport>> GetProgress([AsParameters] YearQuery query, ProgressCalculator calculator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calculator.CalculateAsync(query.Year, cancellationToken));
}
