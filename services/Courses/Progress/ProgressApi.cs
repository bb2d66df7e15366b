using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Courses.Progress;

public static class ProgressApi
{
    public static void MapProgressApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/courses/progress", "Reports")
            .MapGet("/", GetProgress)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetProgress")
            .WithSummary("This year's figures against the charity's targets, in total and per facility.")
            .WithDescription(
                "Counting rules. " +
                $"sosGroupRunsHeld: {ProgressCalculator.SosGroupRule} " +
                $"sosIndividualCompleted: {ProgressCalculator.SosIndividualRule} " +
                $"backToTheFutureParticipants: {ProgressCalculator.BackToTheFutureRule} " +
                $"caoParticipants: {ProgressCalculator.CaoRule} " +
                "Targets come from configuration (Targets:{year}). Every figure is anonymous, so erasure and consent withdrawal leave it unchanged.");
    }

    public static async Task<Ok<ProgressReport>> GetProgress([AsParameters] YearQuery query, ProgressCalculator calculator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await calculator.CalculateAsync(query.Year, cancellationToken));
}
