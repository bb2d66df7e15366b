using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Placement.Apis;

/// <summary>The mediation pipeline per candidate and vacancy, and the retention checks awaiting the adviser.</summary>
public static class PlacementsApi
{
    public const string Route = Extensions.RoutePrefix + "/placements";

    public const string RetentionChecksRoute = Extensions.RoutePrefix + "/retention-checks";

    public static void MapPlacementsApi(this IEndpointRouteBuilder endpoints)
    {
        var placements = endpoints.MapApiGroup(Route, "Pipeline");
        placements.MapPost("/", Match)
            .RequireAccess(Extensions.Staff)
            .WithName("MatchCandidate")
            .WithSummary("Start a pipeline: match a candidate to an open vacancy. A candidate may run several at once, one per vacancy.");
        placements.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListPlacements")
            .WithSummary("Pipelines, latest step first; filter by candidateId, vacancyId, stage and openOnly.");
        placements.MapGet("/{placementId:guid}", Get)
            .RequireAccess(Extensions.Staff)
            .WithName("GetPlacement")
            .WithSummary("One pipeline with its dated history and the stages that may follow; with its ETag.");
        placements.MapPost("/{placementId:guid}/stages", MoveTo)
            .RequireAccess(Extensions.Staff)
            .WithName("MovePlacement")
            .WithSummary("Take the next step: Interview, Offer, JobStarted (JobStartedV1), Coaching, Retained (RetentionConfirmedV1, no earlier than the " +
                "retention months after the start), EmploymentEnded (EmploymentEndedV1) or Closed. A step the pipeline does not allow is a 409 naming the allowed ones. " +
                "An If-Match header, when sent, must name the current ETag.");

        endpoints.MapApiGroup(RetentionChecksRoute, "Pipeline")
            .MapGet("/", RetentionChecks)
            .RequireAccess(Extensions.Staff)
            .WithName("ListRetentionChecks")
            .WithSummary("Jobs whose retention months are up, oldest first: the adviser confirms each (stage Retained) or records its end (EmploymentEnded). Filter by adviserId.");
    }

    public static async Task<Created<PlacementDto>> Match(
        MatchToVacancyRequest request, PlacementDbContext db, Changes<JobPlacement> changes, BusinessClock clock, CancellationToken cancellationToken)
    {
        var on = clock.PastOrToday(request.On, "on", "A match");

        var candidate = await db.Candidates.FindAsync([request.CandidateId!.Value], cancellationToken)
            ?? throw new InvalidInputException("candidateId", "There is no candidate with this id.");
        var vacancy = await db.Vacancies.FindAsync([request.VacancyId!.Value], cancellationToken)
            ?? throw new InvalidInputException("vacancyId", "There is no vacancy with this id.");
        return await changes.CreateAsync(JobPlacement.Match(candidate, vacancy, on, clock.Now), cancellationToken)
            .Created(PlacementDto.From, placement => $"{Route}/{placement.Id}");
    }

    public static async Task<Ok<Page<PlacementDto>>> List(
        [AsParameters] PlacementSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, CancellationToken cancellationToken)
    {
        var placements = db.Placements.AsNoTracking();
        if (search.CandidateId is { } candidateId)
        {
            placements = placements.Where(p => p.CandidateId == candidateId);
        }

        if (search.VacancyId is { } vacancyId)
        {
            placements = placements.Where(p => p.VacancyId == vacancyId);
        }

        if (search.Stage is { } stage)
        {
            placements = placements.Where(p => p.Stage == stage);
        }

        if (search.OpenOnly)
        {
            placements = placements.Where(p => p.Stage != PlacementStage.Closed && p.Stage != PlacementStage.EmploymentEnded);
        }

        var page = await placements.Include(p => p.History).AsSplitQuery()
            .OrderByDescending(p => p.StageSince).ThenBy(p => p.Id)
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new Page<PlacementDto>([.. page.Items.Select(PlacementDto.From)], page.PageNumber, page.PageSize, page.TotalCount));
    }

    public static async Task<Results<Ok<PlacementDto>, NotFound>> Get(Guid placementId, PlacementDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(placementId, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(placement.Revision);
        return TypedResults.Ok(PlacementDto.From(placement));
    }

    public static async Task<Results<Ok<PlacementDto>, NotFound, ProblemHttpResult>> MoveTo(
        Guid placementId, StageRequest request, Changes<JobPlacement> changes, PlacementDbContext db, IOptions<RetentionPolicy> retention, BusinessClock clock,
        CancellationToken cancellationToken)
    {
        var on = clock.PastOrToday(request.On, "on", "A step");
        var now = clock.Now;
        return await changes.ApplyAsync(placementId, placement => TakeStepAsync(placement, request, on, now, db, retention.Value, cancellationToken), cancellationToken)
            .Ok(PlacementDto.From);
    }

    public static async Task<Ok<Page<RetentionCheckDto>>> RetentionChecks(
        [AsParameters] RetentionCheckSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, CancellationToken cancellationToken)
    {
        var awaiting =
            from p in db.Placements.AsNoTracking()
            where p.RetentionCheckDueOn != null && (p.Stage == PlacementStage.JobStarted || p.Stage == PlacementStage.Coaching)
            join c in db.Candidates.AsNoTracking() on p.CandidateId equals c.Id
            select new { Placement = p, c.AdviserId };
        if (search.AdviserId is { } adviserId)
        {
            awaiting = awaiting.Where(x => x.AdviserId == adviserId);
        }

        var page = await awaiting.OrderBy(x => x.Placement.RetentionCheckDueOn).ThenBy(x => x.Placement.Id)
            .Select(x => new RetentionCheckDto(x.Placement.Id, x.Placement.CandidateId, x.Placement.ParticipantId, x.AdviserId, x.Placement.EmployerId,
                x.Placement.StartedOn!.Value, x.Placement.RetentionCheckDueOn!.Value))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    /// <summary>The step the request names, with what its rule needs beyond the pipeline: the visit of an interview, the candidate of a job start.</summary>
    private static async Task TakeStepAsync(
        JobPlacement placement, StageRequest request, DateOnly on, DateTimeOffset now, PlacementDbContext db, RetentionPolicy retention, CancellationToken cancellationToken)
    {
        switch (request.Stage!.Value)
        {
            case PlacementStage.Interview when request.VisitId is { } visitId:
                var visit = await db.LoadVisitAsync(visitId, cancellationToken)
                    ?? throw new InvalidInputException("visitId", "There is no employer visit with this id.");
                placement.InterviewAt(visit, on, now);
                break;
            case PlacementStage.Interview or PlacementStage.Offer or PlacementStage.Coaching:
                placement.Advance(request.Stage.Value, on, now);
                break;
            case PlacementStage.JobStarted:
                var candidate = await db.Candidates.SingleAsync(c => c.Id == placement.CandidateId, cancellationToken);
                candidate.EnsureOpen();
                var participant = await db.Participants.FindAsync([placement.ParticipantId], cancellationToken);
                placement.StartJob(on, participant?.FacilityId, now);
                break;
            case PlacementStage.Retained:
                placement.ConfirmRetention(on, retention, now);
                break;
            case PlacementStage.EmploymentEnded:
                placement.EndEmployment(on, request.EndReason!.Value, now);
                break;
            case PlacementStage.Closed:
                placement.Close(request.ClosedReason!.Value, on, now);
                break;
            default:
                throw new InvalidInputException("stage", "A pipeline starts as Matched; choose a later stage.");
        }
    }
}
