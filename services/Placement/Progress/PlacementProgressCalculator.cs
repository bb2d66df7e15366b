using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Placement.Progress;

/// <summary>Counts a year's figures from the placements that reached a job start (a few hundred a year at most), on the business date.</summary>
public sealed class PlacementProgressCalculator(PlacementDbContext db, ProgressTargets targets, IOptions<RetentionPolicy> retention, BusinessClock clock)
    : IProgressCalculator
{
    public static IReadOnlyList<ProgressDefinition> Definitions => ProgressCounting.Definitions;

    IReadOnlyList<ProgressDefinition> IProgressCalculator.Definitions => Definitions;

    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var records = await db.Placements.AsNoTracking()
            .Where(p => p.StartedOn != null)
            .Join(db.Candidates, p => p.CandidateId, c => c.Id, (p, c) => new JobStartRecord(
                p.Id, p.CandidateId, p.StartedOn!.Value, p.FacilityIdAtStart, c.CaoCompletedOn, p.RetainedOn, p.EmploymentEndedOn,
                p.RetentionCheckDueOn != null && (p.Stage == PlacementStage.JobStarted || p.Stage == PlacementStage.Coaching)))
            .ToListAsync(cancellationToken);
        return ProgressCounting.Count(year, records, retention.Value.Months, clock.Today, targets);
    }
}
