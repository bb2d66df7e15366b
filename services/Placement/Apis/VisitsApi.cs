using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Participants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Employer visits inside a facility: planned with their candidates, then each candidate's outcome.</summary>
public static class VisitsApi
{
    public const string Route = Extensions.RoutePrefix + "/visits";

    public static void MapVisitsApi(this IEndpointRouteBuilder endpoints)
    {
        var visits = endpoints.MapApiGroup(Route, "Employer visits").RequireAccess(Extensions.Staff);
        visits.MapPost("/", Schedule)
            .WithName("ScheduleVisit")
            .WithSummary("Plan an employer's visit inside a facility with the candidates who meet them, all held there (EmployerVisitScheduledV1).");
        visits.MapGet("/", List)
            .WithName("ListVisits")
            .WithSummary("Visits, soonest first; filter by facilityId, employerId and from (a day).");
        visits.MapGet("/{visitId:guid}", Get)
            .WithName("GetVisit")
            .WithSummary("One visit with each candidate's outcome.");
        visits.MapPost("/{visitId:guid}/candidates/{candidateId:guid}/outcome", RecordOutcome)
            .WithName("RecordVisitOutcome")
            .WithSummary("Record what came of the visit for one candidate (Acquainted, Interviewed, DidNotAttend), from the visit day on.");
    }

    public static async Task<Results<Created<VisitDto>, ValidationProblem>> Schedule(
        VisitRequest request, PlacementDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Employers.FindAsync([request.EmployerId!.Value], cancellationToken) is not { } employer)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["employerId"] = ["There is no employer with this id."] });
        }

        var ids = request.CandidateIds!;
        var found = await (
            from c in db.Candidates
            where ids.Contains(c.Id)
            join p in db.Participants on c.ParticipantId equals p.ParticipantId into known
            from p in known.DefaultIfEmpty()
            select new { Candidate = c, Participant = p }).ToListAsync(cancellationToken);
        if (ids.Except(found.Select(f => f.Candidate.Id)).ToList() is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["candidateIds"] = [$"No candidate with id {string.Join(", ", unknown)}."],
            });
        }

        var attendees = ids.Select(id => found.Single(f => f.Candidate.Id == id))
            .Select(f => (f.Candidate, (ParticipantProjection?)f.Participant)).ToList();
        var visit = EmployerVisit.Schedule(employer, request.FacilityId!, request.VisitOn!.Value, attendees, time.Today(), time.GetUtcNow());
        db.Visits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Route}/{visit.Id}", VisitDto.From(visit));
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

    public static async Task<Results<Ok<VisitDto>, NotFound>> RecordOutcome(
        Guid visitId, Guid candidateId, VisitOutcomeRequest request, PlacementDbContext db, TimeProvider time, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var visit = await db.LoadVisitAsync(visitId, cancellationToken);
        if (visit is null || visit.Attendees.All(a => a.CandidateId != candidateId))
        {
            return TypedResults.NotFound();
        }

        visit.RecordOutcome(candidateId, request.Outcome!.Value, time.Today());
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(visit.Revision);
        return TypedResults.Ok(VisitDto.From(visit));
    }
}
