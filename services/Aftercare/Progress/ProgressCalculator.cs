using System.Globalization;
using HerstelWerk.Aftercare.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>Loads what a year's figures need and counts them with <see cref="ProgressCounting"/>.</summary>
public sealed class ProgressCalculator(AftercareDbContext db, IOptionsMonitor<Dictionary<string, YearTargets>> targets)
{
    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var trajectories = await db.Trajectories.AsNoTracking()
            .Where(t => t.StartedOn <= last && (t.ClosedOn == null || t.ClosedOn >= first))
            .Select(t => new TrajectoryFacts(t.ParticipantId, t.FacilityId, t.ReleasedOn, t.StartedOn, t.ClosedOn, t.Outcome, t.FirstContactOn, t.OverduePeriods))
            .ToListAsync(cancellationToken);
        var participants = trajectories.Select(t => t.ParticipantId).Distinct().ToList();
        var employments = await db.Employments.AsNoTracking()
            .Where(e => participants.Contains(e.ParticipantId) && e.StartedOn != null)
            .ToListAsync(cancellationToken);
        var target = targets.CurrentValue.GetValueOrDefault(year.ToString(CultureInfo.InvariantCulture)) ?? new YearTargets();
        return ProgressCounting.Count(year, target.CoachedDuringWork, trajectories, employments);
    }
}
