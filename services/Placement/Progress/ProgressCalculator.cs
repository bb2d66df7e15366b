using System.Globalization;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Placement.Progress;

/// <summary>Counts a year's figures from the placements that reached a job start (a few hundred a year at most).</summary>
public sealed class ProgressCalculator(
    PlacementDbContext db, IOptionsMonitor<Dictionary<string, YearTargets>> targets, IOptions<RetentionPolicy> retention, TimeProvider time)
{
    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var records = await db.Placements.AsNoTracking()
            .Where(p => p.StartedOn != null)
            .Join(db.Candidates, p => p.CandidateId, c => c.Id, (p, c) => new JobStartRecord(
                p.CandidateId, p.StartedOn!.Value, p.FacilityIdAtStart, c.CaoCompletedOn, p.RetainedOn, p.EmploymentEndedOn))
            .ToListAsync(cancellationToken);
        var target = targets.CurrentValue.GetValueOrDefault(year.ToString(CultureInfo.InvariantCulture)) ?? new YearTargets();
        return ProgressCounting.Count(year, records, retention.Value.Months, time.Today(), target);
    }

    /// <summary>Placements waiting for the adviser to confirm the job lasted.</summary>
    public Task<int> AwaitingRetentionConfirmationAsync(CancellationToken cancellationToken) =>
        db.Placements.CountAsync(p => p.RetentionCheckDueOn != null && (p.Stage == PlacementStage.JobStarted || p.Stage == PlacementStage.Coaching), cancellationToken);
}
