using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Work other services created for volunteers: course runs without trainers, participants without a buddy.</summary>
public static class FollowUpApi
{
    public static void MapFollowUpApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Matching");
        group.MapGet("/runs-needing-trainers", RunsNeedingTrainers)
            .RequireAccess(Roles.Coordinator)
            .WithName("RunsNeedingTrainers")
            .WithSummary("Course runs Courses scheduled that have a session still to come and no trainer, soonest first: a run under way that lost its trainer comes first.");
        group.MapGet("/buddy-requests", BuddyRequests)
            .RequireAccess(Roles.Coordinator)
            .WithName("BuddyRequests")
            .WithSummary("Participants whose aftercare started and who have no aftercare buddy yet, longest waiting first.");
    }

    public static async Task<Ok<Page<RunNeedingTrainersDto>>> RunsNeedingTrainers(
        [AsParameters] PageQuery paging, VolunteersDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var page = await db.CourseRuns.AsNoTracking()
            .Where(r => (r.EndsOn ?? r.StartsOn) >= today && r.TrainerVolunteerIds.Count == 0)
            .OrderBy(r => r.StartsOn).ThenBy(r => r.CourseRunId)
            .Select(r => new RunNeedingTrainersDto(r.CourseRunId, r.CourseTypeId, r.FacilityId, r.StartsOn, r.EndsOn))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
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
