using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>
/// Volunteers' figures for the dashboard: active volunteers this year against the 600+ ambition, and
/// how many active volunteers have an overdue VOG (they get no new assignments), per facility they
/// hold a pass for.
/// </summary>
internal sealed class VolunteerProgressFigures(HoursCalculator hours, VolunteersDbContext db, IOptions<VolunteerTargets> targets, IOptions<VogPolicy> vog, TimeProvider time)
    : IProgressFigures
{
    public async Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken)
    {
        var today = time.Today();
        var active = await hours.ActiveCountAsync(today.Year, cancellationToken);
        var overdueIfIssuedBefore = vog.Value.OverdueIfIssuedBefore(today);
        var overdue = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active && v.LastVogIssuedOn < overdueIfIssuedBefore)
            .Select(v => v.FacilityAccess.Where(a => a.RevokedOn == null).Select(a => a.FacilityId).ToList())
            .ToListAsync(cancellationToken);
        var overdueByFacility = overdue.SelectMany(facilities => facilities).GroupBy(f => f).ToDictionary(g => g.Key, g => (double?)g.Count());
        return new ProgressSnapshot(today.Year,
        [
            new GaugeFigure("activeVolunteers", active, new Dictionary<string, double?>(), targets.Value.ActiveVolunteers),
            new GaugeFigure("vogOverdue", overdue.Count, overdueByFacility, Target: null),
        ]);
    }
}
