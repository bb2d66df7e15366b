using System.Security.Claims;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>The lists people work from day to day: overdue contacts for coordinators, and a buddy's own trajectories.</summary>
public static class FollowUpApi
{
    public static void MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/aftercare/overdue", "Trajectories")
            .MapGet("/", Overdue)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListOverdueTrajectories")
            .WithSummary("Open trajectories whose last successful contact is older than the rhythm allows, longest overdue first.");
        endpoints.MapApiGroup("/api/aftercare/me", "Volunteer self-service")
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

        return await TrajectoriesApi.SummariesAsync(db.Trajectories.AsNoTracking().Where(t => t.ClosedOn == null && t.BuddyVolunteerId == volunteerId)
            .OrderBy(t => t.NextContactDueOn).ThenBy(t => t.Id), paging, audit, cancellationToken);
    }

    public static async Task<Ok<Page<OverdueTrajectoryDto>>> Overdue(
        [AsParameters] PageQuery paging, AftercareDbContext db, BusinessClock clock, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var page = await db.Trajectories.AsNoTracking()
            .Where(t => t.ClosedOn == null && t.NextContactDueOn < today)
            .OrderBy(t => t.NextContactDueOn).ThenBy(t => t.StartedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.ParticipantId, t.FacilityId, t.BuddyVolunteerId, t.LastContactOn, t.NextContactDueOn })
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(t => t.ParticipantId), cancellationToken);
        return TypedResults.Ok(new Page<OverdueTrajectoryDto>(
            [.. page.Items.Select(t => new OverdueTrajectoryDto(t.Id, t.ParticipantId, t.FacilityId, t.BuddyVolunteerId, t.LastContactOn, t.NextContactDueOn,
                t.NextContactDueOn.AddDays(1), today.DayNumber - t.NextContactDueOn.DayNumber))],
            page.PageNumber, page.PageSize, page.TotalCount));
    }
}
