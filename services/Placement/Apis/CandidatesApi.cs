using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Candidates, their advisers and work profiles. Every read and change is in the audit log.</summary>
public static class CandidatesApi
{
    public const string Route = Extensions.RoutePrefix + "/candidates";

    public static void MapCandidatesApi(this IEndpointRouteBuilder endpoints)
    {
        var candidates = endpoints.MapApiGroup(Route, "Candidates");
        candidates.MapPost("/", Refer)
            .RequireAccess(Extensions.Staff)
            .WithName("ReferCandidate")
            .WithSummary("Refer a participant Courses registered as a candidate by hand (CandidateRegisteredV1). A completed CAO course does this by itself.");
        candidates.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListCandidates")
            .WithSummary("Candidates, newest first; filter by participantId, adviserId, unassigned, facilityId and openOnly (default true).");
        candidates.MapGet("/{candidateId:guid}", Get)
            .RequireAccess(Extensions.Staff)
            .WithName("GetCandidate")
            .WithSummary("One candidate with work profile, Courses' facility and release dates, and pipelines; with its ETag.");
        candidates.MapPut("/{candidateId:guid}/profile", UpdateProfile)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("UpdateWorkProfile")
            .WithSummary("Replace the work profile: talents, preferred sectors, what matters, restrictions, certificates. Send the ETag as If-Match.");
        candidates.MapPut("/{candidateId:guid}/adviser", AssignAdviser)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("AssignAdviser")
            .WithSummary("Assign the candidate's labour-integration adviser (their user id). Send the ETag as If-Match.");
    }

    public static async Task<Created<CandidateDto>> Refer(
        ReferCandidateRequest request, PlacementDbContext db, Changes<Candidate> changes, BusinessClock clock, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindAsync([request.ParticipantId!.Value], cancellationToken)
            ?? throw new InvalidInputException("participantId", "Placement does not know this participant; Courses registers participants.");
        return await changes.CreateAsync(Candidate.Refer(participant, request.AdviserId, clock.Today, clock.Now), cancellationToken)
            .Created(candidate => CandidateDto.From(candidate, participant, []), candidate => $"{Route}/{candidate.Id}");
    }

    public static async Task<Ok<Page<CandidateSummaryDto>>> List(
        [AsParameters] CandidateSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var query =
            from c in db.Candidates.AsNoTracking()
            join p in db.Participants.AsNoTracking() on c.ParticipantId equals p.ParticipantId into known
            from p in known.DefaultIfEmpty()
            select new { Candidate = c, Participant = p };
        if (search.ParticipantId is { } participantId)
        {
            query = query.Where(x => x.Candidate.ParticipantId == participantId);
        }

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
        Guid candidateId, WorkProfileRequest request, Changes<Candidate> changes, PlacementDbContext db, CancellationToken cancellationToken) =>
        changes.UpdateAsync(candidateId, candidate => candidate.UpdateProfile(request.ToProfile()), cancellationToken)
            .OkAsync(candidate => db.ToDtoAsync(candidate, cancellationToken));

    public static Task<Results<Ok<CandidateDto>, NotFound, ProblemHttpResult>> AssignAdviser(
        Guid candidateId, AdviserRequest request, Changes<Candidate> changes, PlacementDbContext db, CancellationToken cancellationToken) =>
        changes.UpdateAsync(candidateId, candidate => candidate.AssignAdviser(request.AdviserId!.Trim()), cancellationToken)
            .OkAsync(candidate => db.ToDtoAsync(candidate, cancellationToken));
}
