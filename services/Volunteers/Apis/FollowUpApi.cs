using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Matching;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Work other services created for volunteers: course runs that need trainers, participants without a buddy.</summary>
public static class FollowUpApi
{
    public static void MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Matching");
        group.MapGet("/runs-needing-trainers", RunsNeedingTrainers)
            .RequireAccess(Roles.Coordinator)
            .WithName("RunsNeedingTrainers")
            .WithSummary("Course runs Courses scheduled that have a session still to come and no trainer, soonest first: a run under way that lost its trainer comes first.");
        group.MapGet("/runs/{runId:guid}/trainer-suggestions", TrainerSuggestions)
            .RequireAccess(Roles.Coordinator)
            .WithName("SuggestTrainers")
            .WithSummary("Volunteers Courses would accept as trainers of the run today (active, VOG re-check not passed, a valid pass for the run's facility, " +
                "trained for the run's role), leaving out its trainers, best first, each with its reasons.");
        group.MapGet("/buddy-requests", BuddyRequests)
            .RequireAccess(Roles.Coordinator)
            .WithName("BuddyRequests")
            .WithSummary("Participants whose aftercare started and who have no aftercare buddy yet, longest waiting first.");
    }

    public static async Task<Ok<Page<RunNeedingTrainersDto>>> RunsNeedingTrainers(
        [AsParameters] PageQuery paging, VolunteersDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        var page = await db.CourseRuns.AsNoTracking()
            .NotFinishedBy(clock.Today)
            .Where(r => r.TrainerVolunteerIds.Count == 0)
            .OrderBy(r => r.StartsOn).ThenBy(r => r.CourseRunId)
            .Select(r => new RunNeedingTrainersDto(r.CourseRunId, r.CourseTypeId, r.FacilityId, r.StartsOn, r.EndsOn))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<Page<TrainerSuggestion>>, NotFound>> TrainerSuggestions(
        Guid runId, [AsParameters] PageQuery paging, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken)
    {
        var run = await db.CourseRuns.AsNoTracking().SingleOrDefaultAsync(r => r.CourseRunId == runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var role = run.TrainerRole ?? throw new VolunteerRuleException(
            $"Courses did not say which role trains a {run.CourseTypeId} run, and Volunteers does not know that course type.");
        var today = clock.Today;
        // A few hundred active volunteers at most: rank in memory, where the reasons are built.
        var candidates = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active && v.Roles.Contains(role) && v.FacilityAccess.Any(a => a.FacilityId == run.FacilityId))
            .Include(v => v.FacilityAccess)
            .Include(v => v.Assignments.Where(a => a.EndedOn == null))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var otherRunsTrainers = await db.CourseRuns.AsNoTracking()
            .NotFinishedBy(today)
            .Where(r => r.CourseRunId != runId)
            .Select(r => r.TrainerVolunteerIds)
            .ToListAsync(cancellationToken);
        var runsTrainedNow = otherRunsTrainers.SelectMany(trainers => trainers.Distinct()).CountBy(id => id).ToDictionary();
        var ranked = TrainerRanker.Rank(run, role, candidates, runsTrainedNow, vog.Value, today);
        return TypedResults.Ok(new Page<TrainerSuggestion>([.. ranked.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, ranked.Count));
    }

    public static async Task<Ok<Page<BuddyRequestDto>>> BuddyRequests(
        [AsParameters] PageQuery paging, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var page = await db.BuddyRequests.AsNoTracking()
            .Where(r => r.BuddyAssignmentId == null && r.ClosedOn == null)
            .OrderBy(r => r.StartedOn).ThenBy(r => r.TrajectoryId)
            .Select(r => new BuddyRequestDto(r.TrajectoryId, r.ParticipantId, r.StartedOn))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }
}
