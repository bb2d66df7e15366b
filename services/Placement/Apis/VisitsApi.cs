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

namespace HerstelWerk.Placement.Apis;

/// <summary>Employer visits inside a facility: planned with their candidates, then each candidate's outcome.</summary>
public static class VisitsApi
{
    public const string Route = Extensions.RoutePrefix + "/visits";

    public static void MapVisitsApi(this IEndpointRouteBuilder endpoints)
    {
        var visits = endpoints.MapApiGroup(Route, "Employer visits");
        visits.MapPost("/", Schedule)
            .RequireAccess(Extensions.Staff)
            .WithName("ScheduleVisit")
            .WithSummary("Plan an employer's visit inside a facility with the candidates who meet them, all held there (EmployerVisitScheduledV1).");
        visits.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListVisits")
            .WithSummary("Visits, soonest first; filter by facilityId, employerId and from (a day).");
        visits.MapGet("/{visitId:guid}", Get)
            .RequireAccess(Extensions.Staff)
            .WithName("GetVisit")
            .WithSummary("One visit with each candidate's outcome.");
        visits.MapPost("/{visitId:guid}/candidates/{candidateId:guid}/outcome", RecordOutcome)
            .RequireAccess(Extensions.Staff)
            .WithName("RecordVisitOutcome")
            .WithSummary("Record what came of the visit for one candidate (Acquainted, Interviewed, DidNotAttend), from the visit day on.");
    }

    public static async Task<Created<VisitDto>> Schedule(
        VisitRequest request, PlacementDbContext db, Changes<EmployerVisit> changes, BusinessClock clock, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FindAsync([request.EmployerId!.Value], cancellationToken)
            ?? throw new InvalidInputException("employerId", "There is no employer with this id.");
        var ids = request.CandidateIds!;
        var attendees = await db.LoadCandidatesWithParticipantsAsync(ids, cancellationToken);
        if (ids.Except(attendees.Select(a => a.Candidate.Id)).ToList() is { Count: > 0 } unknown)
        {
            throw new InvalidInputException("candidateIds", $"No candidate with id {string.Join(", ", unknown)}.");
        }

        var visit = EmployerVisit.Schedule(employer, request.FacilityId!, request.VisitOn!.Value, attendees, clock.Today, clock.Now);
        return await changes.CreateAsync(visit, cancellationToken).Created(VisitDto.From, created => $"{Route}/{created.Id}");
    }

    public static async Task<Ok<Page<VisitDto>>> List(
        [AsParameters] VisitSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, CancellationToken cancellationToken)
    {
        var visits = db.Visits.AsNoTracking();
        if (search.FacilityId is { } facilityId)
        {
            visits = visits.Where(v => v.FacilityId == facilityId);
        }

        if (search.EmployerId is { } employerId)
        {
            visits = visits.Where(v => v.EmployerId == employerId);
        }

        if (search.From is { } from)
        {
            visits = visits.Where(v => v.VisitOn >= from);
        }

        var page = await visits.Include(v => v.Attendees).AsSplitQuery().OrderBy(v => v.VisitOn).ThenBy(v => v.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new Page<VisitDto>([.. page.Items.Select(VisitDto.From)], page.PageNumber, page.PageSize, page.TotalCount));
    }

    public static async Task<Results<Ok<VisitDto>, NotFound>> Get(Guid visitId, PlacementDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var visit = await db.LoadVisitAsync(visitId, cancellationToken);
        if (visit is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(visit.Revision);
        return TypedResults.Ok(VisitDto.From(visit));
    }

    /// <summary>404 when the visit is unknown or does not list the candidate (the loader finds the visit only through one of its candidates).</summary>
    public static Task<Results<Ok<VisitDto>, NotFound, ProblemHttpResult>> RecordOutcome(
        Guid visitId, Guid candidateId, VisitOutcomeRequest request, Changes<EmployerVisit> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync((visitId, candidateId), visit => visit.RecordOutcome(candidateId, request.Outcome!.Value, clock.Today), cancellationToken)
            .Ok(VisitDto.From);
}
