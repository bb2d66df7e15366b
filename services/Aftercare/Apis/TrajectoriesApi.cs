using System.Security.Claims;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Aftercare trajectories: opening, the lists coordinators work from, the checklist, extension and closing.</summary>
public static class TrajectoriesApi
{
    public const string Route = $"{Extensions.RoutePrefix}/trajectories";

    public static void MapTrajectoriesApi(this IEndpointRouteBuilder endpoints)
    {
        var trajectories = endpoints.MapApiGroup(Route, "Trajectories");
        trajectories.MapPost("/", Open)
            .RequireAccess(Extensions.Staff)
            .WithName("OpenTrajectory")
            .WithSummary("Open a trajectory by hand (releasedOn defaults to the release Courses reported). Publishes AftercareStartedV1.");
        trajectories.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListTrajectories")
            .WithSummary("Trajectories, newest start first; filter by open, facilityId, participantId and buddyVolunteerId.");
        trajectories.MapGet("/unmatched", Unmatched)
            .RequireAccess(Extensions.Staff)
            .WithName("ListUnmatchedTrajectories")
            .WithSummary("Open trajectories without an aftercare buddy, oldest first; filter by participantId.");
        trajectories.MapGet("/{trajectoryId:guid}", Get)
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("GetTrajectory")
            .WithSummary("One trajectory with its rhythm, buddy, employers, checklist and closure; with its ETag. Volunteers: their own trajectories only.");
        trajectories.MapPost("/{trajectoryId:guid}/conditions", RecordCondition)
            .RequiresIfMatch()
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("RecordBasicCondition")
            .WithSummary("Record where a basic condition (IdDocument, Housing, WorkAndIncome, Debts, Care) stands, dated. Send the ETag as If-Match.");
        trajectories.MapPost("/{trajectoryId:guid}/extension", Extend)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("ExtendTrajectory")
            .WithSummary("Move the planned end later, with a reason. Send the ETag as If-Match.");
        trajectories.MapPost("/{trajectoryId:guid}/closure", Close)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("CloseTrajectory")
            .WithSummary("Close with an outcome: Completed (not before six months after release), LostContact, Reoffended, MovedAway or Declined; " +
                "before the planned end only with a reason. Publishes AftercareClosedV1 (Completed or EndedEarly). Send the ETag as If-Match.");
    }

    /// <remarks>
    /// One open trajectory per participant is the database's rule (<see cref="TrajectoryConfiguration"/>): a
    /// second one, or one the release event opened at the same moment, is a 409 with the rule.
    /// </remarks>
    public static async Task<Created<TrajectoryDto>> Open(
        OpenTrajectoryRequest request, AftercareDbContext db, Changes<Trajectory> changes, TrajectoryViews views, IOptions<AftercarePolicy> policy,
        BusinessClock clock, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken)
            ?? throw new InvalidInputException("participantId", "Aftercare does not know this participant; Courses registers participants.");
        var releasedOn = clock.PastOrToday(request.ReleasedOn ?? participant.ReleasedOn
            ?? throw new InvalidInputException("releasedOn", "Courses has reported no release for this participant; give the release date."), "releasedOn", "Aftercare");
        var startsOn = clock.PastOrToday(request.StartsOn, "startsOn", "Aftercare");
        var trajectory = Trajectory.OpenByCoordinator(participant, releasedOn, startsOn, policy.Value, clock.Now);
        await db.LinkOpenBuddyAsync(trajectory, cancellationToken);
        return await changes.CreateAsync(trajectory, cancellationToken)
            .CreatedAsync(opened => views.DetailAsync(opened, cancellationToken), opened => $"{Route}/{opened.Id}");
    }

    public static async Task<Ok<Page<TrajectorySummaryDto>>> List(
        [AsParameters] TrajectorySearch search, [AsParameters] PageQuery paging, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var trajectories = db.Trajectories.AsNoTracking();
        if (search.Open is { } open)
        {
            trajectories = open ? trajectories.Where(t => t.ClosedOn == null) : trajectories.Where(t => t.ClosedOn != null);
        }

        if (search.FacilityId is { } facilityId)
        {
            trajectories = trajectories.Where(t => t.FacilityId == facilityId);
        }

        if (search.ParticipantId is { } participantId)
        {
            trajectories = trajectories.Where(t => t.ParticipantId == participantId);
        }

        if (search.BuddyVolunteerId is { } buddy)
        {
            trajectories = trajectories.Where(t => t.BuddyVolunteerId == buddy);
        }

        return await TrajectorySummaries.PageAsync(trajectories.OrderByDescending(t => t.StartedOn).ThenBy(t => t.Id), paging, audit, cancellationToken);
    }

    public static Task<Ok<Page<TrajectorySummaryDto>>> Unmatched(
        [AsParameters] ParticipantFilter filter, [AsParameters] PageQuery paging, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken) =>
        TrajectorySummaries.PageAsync(filter.Apply(db.Trajectories.AsNoTracking()).Where(t => t.ClosedOn == null && t.BuddyVolunteerId == null)
            .OrderBy(t => t.StartedOn).ThenBy(t => t.Id), paging, audit, cancellationToken);

    public static async Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> Get(
        Guid trajectoryId, ClaimsPrincipal user, AftercareDbContext db, TrajectoryViews views, ParticipantAudit audit, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var trajectory = await db.Trajectories.AsNoTracking()
            .Include(t => t.ConditionUpdates).Include(t => t.Extensions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == trajectoryId, cancellationToken);
        if (trajectory is null)
        {
            return TypedResults.NotFound();
        }

        if (!Caller.From(user).MayChange(trajectory))
        {
            return Caller.NotTheBuddy();
        }

        await audit.RecordReadAsync(trajectory.ParticipantId, cancellationToken);
        response.SetETag(trajectory.Revision);
        return TypedResults.Ok(await views.DetailAsync(trajectory, cancellationToken));
    }

    public static Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> RecordCondition(
        Guid trajectoryId, ConditionRequest request, Changes<Trajectory> changes, TrajectoryViews views, BusinessClock clock, CancellationToken cancellationToken)
    {
        var on = clock.PastOrToday(request.On, "on", "A basic condition");
        return changes.UpdateAsync(trajectoryId, trajectory => trajectory.RecordCondition(request.Condition!.Value, request.Status!.Value, on, clock.Now), cancellationToken)
            .OkAsync(trajectory => views.DetailAsync(trajectory, cancellationToken));
    }

    public static Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> Extend(
        Guid trajectoryId, ExtensionRequest request, Changes<Trajectory> changes, TrajectoryViews views, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.UpdateAsync(trajectoryId, trajectory => trajectory.ExtendPlannedEnd(request.PlannedEndOn!.Value, request.Reason!.Trim(), clock.Now), cancellationToken)
            .OkAsync(trajectory => views.DetailAsync(trajectory, cancellationToken));

    public static Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> Close(
        Guid trajectoryId, ClosureRequest request, Changes<Trajectory> changes, TrajectoryViews views, BusinessClock clock, IOptions<AftercarePolicy> policy,
        CancellationToken cancellationToken)
    {
        var closedOn = clock.PastOrToday(request.ClosedOn, "closedOn", "A closure");
        return changes.UpdateAsync(trajectoryId, trajectory => trajectory.Close(request.Outcome!.Value, closedOn, request.Reason, policy.Value, clock.Now), cancellationToken)
            .OkAsync(trajectory => views.DetailAsync(trajectory, cancellationToken));
    }
}
