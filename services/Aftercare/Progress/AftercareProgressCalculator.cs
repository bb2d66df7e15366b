using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>Loads what a year's figures need and counts them with <see cref="ProgressCounting"/>; the endpoint and the gauges both ask it.</summary>
public sealed class AftercareProgressCalculator(AftercareDbContext db, ProgressTargets targets, BusinessClock clock) : IProgressCalculator
{
    public static IReadOnlyList<ProgressDefinition> Definitions => ProgressCounting.Definitions;

    IReadOnlyList<ProgressDefinition> IProgressCalculator.Definitions => Definitions;

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
        return ProgressCounting.Count(year, figure => targets.For(year, figure), trajectories, employments, clock.Today);
    }
}
