using System.Security.Claims;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.IntegrationEvents;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Aftercare trajectories: opening, the lists coordinators work from, the checklist, extension and closing.</summary>
public static class TrajectoriesApi
{
    public const string Route = "/api/aftercare/trajectories";

    public static void MapTrajectoriesApi(this IEndpointRouteBuilder endpoints)
    {
        var trajectories = endpoints.MapApiGroup(Route, "Trajectories");
        trajectories.MapPost("/", Open)
            .RequireAccess(Roles.Coordinator)
            .WithName("OpenTrajectory")
            .WithSummary("Open a trajectory by hand (releasedOn defaults to the release Courses reported). Publishes AftercareStartedV1.");
        trajectories.MapGet("/", List)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListTrajectories")
            .WithSummary("Trajectories, newest start first; filter by open, facilityId, participantId and buddyVolunteerId.");
        trajectories.MapGet("/unmatched", Unmatched)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListUnmatchedTrajectories")
            .WithSummary("Open trajectories without an aftercare buddy, oldest first.");
        trajectories.MapGet("/{trajectoryId:guid}", Get)
            .RequireAccess(Roles.Coordinator, Roles.Volunteer)
            .WithName("GetTrajectory")
            .WithSummary("One trajectory with its rhythm, buddy, employers, checklist and closure; with its ETag. Volunteers: their own trajectories only.");
        trajectories.MapPost("/{trajectoryId:guid}/conditions", RecordCondition)
            .RequireAccess(Roles.Coordinator, Roles.Volunteer)
            .WithName("RecordBasicCondition")
            .WithSummary("Record where a basic condition (IdDocument, Housing, WorkAndIncome, Debts, Care) stands, dated. Send the ETag as If-Match.");
        trajectories.MapPost("/{trajectoryId:guid}/extension", Extend)
            .RequireAccess(Roles.Coordinator)
            .WithName("ExtendTrajectory")
            .WithSummary("Move the planned end later, with a reason. Send the ETag as If-Match.");
        trajectories.MapPost("/{trajectoryId:guid}/closure", Close)
            .RequireAccess(Roles.Coordinator)
            .WithName("CloseTrajectory")
            .WithSummary("Close with an outcome: Completed (not before six months after release), LostContact, Reoffended, MovedAway or Declined; " +
                "before the planned end only with a reason. Publishes AftercareClosedV1 (Completed or EndedEarly). Send the ETag as If-Match.");
    }

    public static async Task<Results<Created<TrajectoryDto>, ValidationProblem>> Open(
        OpenTrajectoryRequest request, AftercareDbContext db, IOptions<AftercarePolicy> policy, BusinessClock clock,
        ParticipantAudit audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken);
        if (participant is null)
        {
            return Invalid("participantId", "Aftercare does not know this participant; Courses registers participants.");
        }

        if (participant.ConsentWithdrawnOn is not null || participant.ErasedAt is not null)
        {
            throw new AftercareRuleException("The participant withdrew consent or was erased; no aftercare starts for them.");
        }

        var today = clock.Today;
        if ((request.ReleasedOn ?? participant.ReleasedOn) is not { } releasedOn)
        {
            return Invalid("releasedOn", "Courses has reported no release for this participant; give the release date.");
        }

        if (releasedOn > today || request.StartsOn > today)
        {
            return ResultWidening.InFuture(releasedOn > today ? "releasedOn" : "startsOn", "Aftercare");
        }

        if (await db.Trajectories.AnyAsync(t => t.ParticipantId == participant.ParticipantId && t.ClosedOn == null, cancellationToken))
        {
            throw new AftercareRuleException("The participant already has an open trajectory.");
        }

        var trajectory = Trajectory.Open(participant.ParticipantId, participant.FacilityId, releasedOn, request.StartsOn ?? today,
            TrajectoryOrigin.Coordinator, policy.Value, clock.Now);
        db.Trajectories.Add(trajectory);
        await db.LinkOpenBuddyAsync(trajectory, cancellationToken);
        audit.Stage(AuditAction.Create, trajectory.ParticipantId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The release event opened one at the same moment.
            throw new AftercareRuleException("The participant already has an open trajectory.");
        }

        response.SetETag(trajectory.Revision);
        return TypedResults.Created($"{Route}/{trajectory.Id}", await TrajectoryViews.DetailAsync(db, trajectory, today, cancellationToken));
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

        return await SummariesAsync(trajectories.OrderByDescending(t => t.StartedOn).ThenBy(t => t.Id), paging, audit, cancellationToken);
    }

    public static Task<Ok<Page<TrajectorySummaryDto>>> Unmatched(
        [AsParameters] PageQuery paging, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken) =>
        SummariesAsync(db.Trajectories.AsNoTracking().Where(t => t.ClosedOn == null && t.BuddyVolunteerId == null)
            .OrderBy(t => t.StartedOn).ThenBy(t => t.Id), paging, audit, cancellationToken);

    public static async Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> Get(
        Guid trajectoryId, ClaimsPrincipal user, AftercareDbContext db, BusinessClock clock, ParticipantAudit audit, HttpResponse response,
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
        return TypedResults.Ok(await TrajectoryViews.DetailAsync(db, trajectory, clock.Today, cancellationToken));
    }

    public static async Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult, ValidationProblem>> RecordCondition(
        Guid trajectoryId, ConditionRequest request, TrajectoryChanges changes, BusinessClock clock, CancellationToken cancellationToken) =>
        request.On > clock.Today
            ? ResultWidening.InFuture("on", "A basic condition")
            : (await changes.UpdateAsync(trajectoryId, (trajectory, context) =>
                trajectory.RecordCondition(request.Condition!.Value, request.Status!.Value, request.On ?? context.Today, context.Now), cancellationToken)).OrInvalid();

    public static Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> Extend(
        Guid trajectoryId, ExtensionRequest request, TrajectoryChanges changes, CancellationToken cancellationToken) =>
        changes.UpdateAsync(trajectoryId, (trajectory, context) =>
            trajectory.ExtendPlannedEnd(request.PlannedEndOn!.Value, request.Reason!.Trim(), context.Now), cancellationToken);

    public static async Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult, ValidationProblem>> Close(
        Guid trajectoryId, ClosureRequest request, TrajectoryChanges changes, BusinessClock clock, CancellationToken cancellationToken) =>
        request.ClosedOn > clock.Today
            ? ResultWidening.InFuture("closedOn", "A closure")
            : (await changes.UpdateAsync(trajectoryId, (trajectory, context) =>
                trajectory.Close(request.Outcome!.Value, request.ClosedOn ?? context.Today, request.Reason, context.Policy, context.Now), cancellationToken)).OrInvalid();

    internal static async Task<Ok<Page<TrajectorySummaryDto>>> SummariesAsync(
        IQueryable<Trajectory> ordered, PageQuery paging, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var page = await ordered
            .Select(t => new TrajectorySummaryDto(t.Id, t.ParticipantId, t.FacilityId, t.ReleasedOn, t.StartedOn, t.PlannedEndOn, t.BuddyVolunteerId,
                t.LastContactOn, t.NextContactDueOn, t.ClosedOn))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(t => t.ParticipantId), cancellationToken);
        return TypedResults.Ok(page);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request is not valid.", detail: $"Check the field '{field}'.");
}
