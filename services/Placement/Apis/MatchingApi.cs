using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Matching;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>
/// Matching suggestions both ways, ranked by sector fit, region after release and start date against
/// the release date, each with its reasons. Only open vacancies at employers who hire people with a record.
/// </summary>
public static class MatchingApi
{
    public static void MapMatchingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup(CandidatesApi.Route, "Matching")
            .MapGet("/{candidateId:guid}/suggestions", VacanciesFor)
            .RequireAccess(Extensions.Staff)
            .WithName("SuggestVacancies")
            .WithSummary("Open vacancies for a candidate, best first, with reasons; vacancies already in one of the candidate's pipelines are left out.");
        endpoints.MapApiGroup(VacanciesApi.Route, "Matching")
            .MapGet("/{vacancyId:guid}/suggestions", CandidatesFor)
            .RequireAccess(Extensions.Staff)
            .WithName("SuggestCandidates")
            .WithSummary("Open candidates for a vacancy, best first, with reasons; candidates already in a pipeline for it are left out. " +
                "A vacancy that is not open, or whose employer does not hire people with a record, has none (409, with the reason).")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<Page<VacancySuggestion>>, NotFound>> VacanciesFor(
        Guid candidateId, [AsParameters] PageQuery paging, PlacementDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }

        candidate.EnsureOpen();
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == candidate.ParticipantId, cancellationToken);
        var match = new MatchCandidate(candidate.Id, candidate.ParticipantId, participant?.FacilityId, candidate.PreferredSectors, candidate.RegionAfterRelease,
            participant?.ReleasedOn ?? participant?.ExpectedReleaseDate, candidate.AvailableFrom);
        var running = db.Placements.Where(p => p.CandidateId == candidateId && p.Stage != PlacementStage.Closed && p.Stage != PlacementStage.EmploymentEnded)
            .Select(p => p.VacancyId);
        // Open vacancies number in the tens or hundreds: rank in memory, where the reasons are built.
        var vacancies = await (
            from v in db.Vacancies.AsNoTracking()
            join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
            where v.Status == VacancyStatus.Open && e.HiresPeopleWithRecord && !running.Contains(v.Id)
            select new MatchVacancy(v.Id, e.Id, e.Organisation, v.Title, v.Sector, v.Region, v.StartsOn)).ToListAsync(cancellationToken);

        var ranked = SuggestionRanker.RankVacancies(match, vacancies);
        await audit.RecordReadAsync(candidate.ParticipantId, cancellationToken);
        return TypedResults.Ok(new Page<VacancySuggestion>([.. ranked.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, ranked.Count));
    }

    public static async Task<Results<Ok<Page<CandidateSuggestion>>, NotFound>> CandidatesFor(
        Guid vacancyId, [AsParameters] PageQuery paging, PlacementDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var found = await (
            from v in db.Vacancies.AsNoTracking()
            join e in db.Employers.AsNoTracking() on v.EmployerId equals e.Id
            where v.Id == vacancyId
            select new { Vacancy = v, Employer = e }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var (vacancy, employer) = (found.Vacancy, found.Employer);
        if (vacancy.Status != VacancyStatus.Open || !employer.HiresPeopleWithRecord)
        {
            throw new PlacementRuleException(vacancy.Status != VacancyStatus.Open
                ? $"The vacancy is {vacancy.Status}; suggestions are for open vacancies."
                : "The employer has not said they hire people with a record; change that first.");
        }

        var running = db.Placements.Where(p => p.VacancyId == vacancyId && p.Stage != PlacementStage.Closed && p.Stage != PlacementStage.EmploymentEnded)
            .Select(p => p.CandidateId);
        var candidates = await (
            from c in db.Candidates.AsNoTracking()
            join p in db.Participants.AsNoTracking() on c.ParticipantId equals p.ParticipantId into known
            from p in known.DefaultIfEmpty()
            where c.ClosedOn == null && !running.Contains(c.Id) && (p == null || (p.ConsentWithdrawnOn == null && p.ErasedAt == null))
            select new MatchCandidate(c.Id, c.ParticipantId, p != null ? p.FacilityId : null, c.PreferredSectors, c.RegionAfterRelease,
                p != null ? p.ReleasedOn ?? p.ExpectedReleaseDate : null, c.AvailableFrom)).ToListAsync(cancellationToken);

        var ranked = SuggestionRanker.RankCandidates(new MatchVacancy(vacancy.Id, employer.Id, employer.Organisation, vacancy.Title, vacancy.Sector, vacancy.Region, vacancy.StartsOn), candidates);
        var page = ranked.Skip(paging.Skip).Take(paging.PageSize).ToList();
        await audit.RecordReadAsync(page.Select(s => s.ParticipantId), cancellationToken);
        return TypedResults.Ok(new Page<CandidateSuggestion>(page, paging.Page, paging.PageSize, ranked.Count));
    }
}
