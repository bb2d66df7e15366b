using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Candidates, their advisers and work profiles. Every read and change is in the audit log.</summary>
public static class CandidatesApi
{
    public const string Route = Extensions.RoutePrefix + "/candidates";

    public static void MapCandidatesApi(this IEndpointRouteBuilder endpoints)
    {
        var candidates = endpoints.MapApiGroup(Route, "Candidates").RequireAccess(Extensions.Staff);
        candidates.MapPost("/", Refer)
            .WithName("ReferCandidate")
            .WithSummary("Refer a participant Courses registered as a candidate by hand (CandidateRegisteredV1). A completed CAO course does this by itself.");
        candidates.MapGet("/", List)
            .WithName("ListCandidates")
            .WithSummary("Candidates, newest first; filter by adviserId, unassigned, facilityId and openOnly (default true).");
        candidates.MapGet("/{candidateId:guid}", Get)
            .WithName("GetCandidate")
            .WithSummary("One candidate with work profile, Courses' facility and release dates, and pipelines; with its ETag.");
        candidates.MapPut("/{candidateId:guid}/profile", UpdateProfile)
            .WithName("UpdateWorkProfile")
            .WithSummary("Replace the work profile: talents, preferred sectors, what matters, restrictions, certificates. Send the ETag as If-Match.");
        candidates.MapPut("/{candidateId:guid}/adviser", AssignAdviser)
            .WithName("AssignAdviser")
            .WithSummary("Assign the candidate's labour-integration adviser (their user id). Send the ETag as If-Match.");
    }

    public static async Task<Results<Created<CandidateDto>, ValidationProblem>> Refer(
        ReferCandidateRequest request, PlacementDbContext db, ParticipantAudit audit, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindAsync([request.ParticipantId!.Value], cancellationToken);
        if (participant is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["participantId"] = ["Placement does not know this participant; Courses registers participants."],
            });
        }

        var candidate = Candidate.Refer(participant, request.AdviserId, time.Today(), time.GetUtcNow());
        db.Candidates.Add(candidate);
        audit.Stage(AuditAction.Create, participant.ParticipantId);
        await db.SaveChangesAsync(cancellationToken);

        response.SetETag(candidate.Revision);
        return TypedResults.Created($"{Route}/{candidate.Id}", CandidateDto.From(candidate, participant, []));
    }

    public static async Task<Ok<Page<CandidateSummaryDto>>> List(
        [AsParameters] CandidateSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var query =
            from c in db.Candidates.AsNoTracking()
            join p in db.Participants.AsNoTracking() on c.ParticipantId equals p.ParticipantId into known
            from p in known.DefaultIfEmpty()
            select new { Candidate = c, Participant = p };
        if (search.AdviserId is { } adviserId)
        {
            query = query.Where(x => x.Candidate.AdviserId == adviserId);
        }

        if (search.Unassigned)
        {
            query = query.Where(x => x.Candidate.AdviserId == null);
        }

        if (search.FacilityId is { } facilityId)
        {
            query = query.Where(x => x.Participant != null && x.Participant.FacilityId == facilityId && x.Participant.ReleasedOn == null);
        }

        if (search.OpenOnly)
        {
            query = query.Where(x => x.Candidate.ClosedOn == null);
        }

        var page = await query
            .OrderByDescending(x => x.Candidate.RegisteredOn).ThenBy(x => x.Candidate.Id)
            .Select(x => new CandidateSummaryDto(
                x.Candidate.Id, x.Candidate.ParticipantId, x.Candidate.AdviserId, x.Candidate.RegisteredOn, x.Candidate.CaoCompletedOn,
                x.Participant != null ? x.Participant.FacilityId : null,
                x.Participant != null ? x.Participant.ExpectedReleaseDate : null,
                x.Participant != null ? x.Participant.ReleasedOn : null,
                x.Candidate.ClosedOn == null,
                db.Placements.Count(pl => pl.CandidateId == x.Candidate.Id && pl.Stage != PlacementStage.Closed && pl.Stage != PlacementStage.EmploymentEnded)))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(c => c.ParticipantId), cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<CandidateDto>, NotFound>> Get(
        Guid candidateId, PlacementDbContext db, ParticipantAudit audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(candidate.ParticipantId, cancellationToken);
        response.SetETag(candidate.Revision);
        return TypedResults.Ok(await db.ToDtoAsync(candidate, cancellationToken));
    }

    public static Task<Results<Ok<CandidateDto>, NotFound, ProblemHttpResult>> UpdateProfile(
        Guid candidateId, WorkProfileRequest request, PlacementDbContext db, ParticipantAudit audit, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(candidateId, candidate => candidate.UpdateProfile(request.ToProfile()), db, audit, http, cancellationToken);

    public static Task<Results<Ok<CandidateDto>, NotFound, ProblemHttpResult>> AssignAdviser(
        Guid candidateId, AdviserRequest request, PlacementDbContext db, ParticipantAudit audit, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(candidateId, candidate => candidate.AssignAdviser(request.AdviserId!.Trim()), db, audit, http, cancellationToken);

    /// <summary>Load, check If-Match, change, audit, save once, answer with the new state and ETag.</summary>
    private static async Task<Results<Ok<CandidateDto>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid candidateId, Action<Candidate> change, PlacementDbContext db, ParticipantAudit audit, HttpContext http, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }

        if (Revisions.CheckIfMatch(http.Request, candidate.Revision) is { } precondition)
        {
            return precondition;
        }

        change(candidate);
        audit.Stage(AuditAction.Update, candidate.ParticipantId);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(candidate.Revision);
        return TypedResults.Ok(await db.ToDtoAsync(candidate, cancellationToken));
    }
}
