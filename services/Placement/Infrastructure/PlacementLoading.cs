using HerstelWerk.Placement.Model;
using HerstelWerk.SharedDomain.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>How each record the APIs change is loaded: tracked, with what its rules need; null when unknown.</summary>
internal static class PlacementLoading
{
    public static Task<Candidate?> LoadCandidateAsync(this PlacementDbContext db, Guid candidateId, CancellationToken cancellationToken) =>
        db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);

    /// <summary>A pipeline with its history.</summary>
    public static Task<JobPlacement?> LoadPlacementAsync(this PlacementDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        db.Placements.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);

    public static Task<Employer?> LoadEmployerAsync(this PlacementDbContext db, Guid employerId, CancellationToken cancellationToken) =>
        db.Employers.SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);

    public static Task<Vacancy?> LoadVacancyAsync(this PlacementDbContext db, Guid vacancyId, CancellationToken cancellationToken) =>
        db.Vacancies.SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);

    /// <summary>A visit with its candidates.</summary>
    public static Task<EmployerVisit?> LoadVisitAsync(this PlacementDbContext db, Guid visitId, CancellationToken cancellationToken) =>
        db.Visits.Include(v => v.Attendees).SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);

    /// <summary>A visit with its candidates, only when <paramref name="candidateId"/> is one of them: an outcome is recorded for a candidate on the list.</summary>
    public static Task<EmployerVisit?> LoadVisitOfAsync(this PlacementDbContext db, Guid visitId, Guid candidateId, CancellationToken cancellationToken) =>
        db.Visits.Include(v => v.Attendees).SingleOrDefaultAsync(v => v.Id == visitId && v.Attendees.Any(a => a.CandidateId == candidateId), cancellationToken);

    /// <summary>Candidates with Courses' latest word on where each is held, in the order asked; unknown ids are left out.</summary>
    public static async Task<List<(Candidate Candidate, ParticipantProjection? Participant)>> LoadCandidatesWithParticipantsAsync(
        this PlacementDbContext db, IReadOnlyCollection<Guid> candidateIds, CancellationToken cancellationToken)
    {
        var found = await (
            from c in db.Candidates
            where candidateIds.Contains(c.Id)
            join p in db.Participants on c.ParticipantId equals p.ParticipantId into known
            from p in known.DefaultIfEmpty()
            select new { Candidate = c, Participant = p }).ToListAsync(cancellationToken);
        return [.. candidateIds.SelectMany(id => found.Where(f => f.Candidate.Id == id)).Select(f => (f.Candidate, (ParticipantProjection?)f.Participant))];
    }
}
