using System.Security.Claims;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>What a volunteer sees of their own: the trajectories they are the aftercare buddy of.</summary>
public static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup($"{Extensions.RoutePrefix}/me", "Volunteer self-service")
            .MapGet("/trajectories", Mine)
            .RequireAccess(Roles.Volunteer)
            .WithName("ListMyTrajectories")
            .WithSummary("The open trajectories the calling volunteer is the aftercare buddy of, next contact due first.");
    }

    public static async Task<Results<Ok<Page<TrajectorySummaryDto>>, ProblemHttpResult>> Mine(
        ClaimsPrincipal user, [AsParameters] PageQuery paging, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        if (Caller.From(user).VolunteerId is not { } volunteerId)
        {
            return Caller.NotTheBuddy();
        }

        return await TrajectorySummaries.PageAsync(db.Trajectories.AsNoTracking().Where(t => t.ClosedOn == null && t.BuddyVolunteerId == volunteerId)
            .OrderBy(t => t.NextContactDueOn).ThenBy(t => t.Id), paging, audit, cancellationToken);
    }
}
