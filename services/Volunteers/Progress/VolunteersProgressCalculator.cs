using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Progress;

/// <summary>
/// Volunteers' figures for a year: the volunteers who were active in it, against the "600+" ambition
/// (<c>Targets:ActiveVolunteers</c>), and, for the current year, how many active volunteers have an
/// overdue VOG today (they get no new assignments).
/// </summary>
internal sealed class VolunteersProgressCalculator(VolunteersDbContext db, ProgressTargets targets, IOptions<VogPolicy> vog, BusinessClock clock)
    : IProgressCalculator
{
    public static readonly ProgressDefinition ActiveVolunteers = new("activeVolunteers", "Active volunteers",
        "Volunteers who were Active on at least one day of the year, as the DJI subsidy counts them (the rule of the hours statement). " +
        "Per facility by the access passes they held in the year: a volunteer with several passes counts at each, one without a pass at none. " +
        "In byMonth from the first day of the year they were Active.");

    public static readonly ProgressDefinition VogOverdue = new("vogOverdue", "Active volunteers with an overdue VOG",
        "Active volunteers whose VOG re-check date has passed on the business date. A figure of today: counted for the current year only " +
        "(null for other years, byMonth empty); per facility by the passes they hold that are not revoked.");

    public static IReadOnlyList<ProgressDefinition> Definitions { get; } = [ActiveVolunteers, VogOverdue];

    IReadOnlyList<ProgressDefinition> IProgressCalculator.Definitions => Definitions;

    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var active = await db.ActiveInAsync(year, onlyVolunteer: null, cancellationToken);
        var activeVolunteers = ProgressFigures.Of(ActiveVolunteers, year, targets.For(year, ActiveVolunteers.Id), active,
            volunteer => volunteer.FirstActiveDayIn(year)!.Value, volunteer => volunteer.FacilitiesHeldIn(year), Count, today);
        return new ProgressReport(year, [activeVolunteers, await VogOverdueAsync(year, today, cancellationToken)]);
    }

    private async Task<ProgressFigure> VogOverdueAsync(int year, DateOnly today, CancellationToken cancellationToken)
    {
        var target = targets.For(year, VogOverdue.Id);
        if (year != today.Year)
        {
            return new ProgressFigure(VogOverdue.Id, VogOverdue.Label, VogOverdue.CountingRule, target, null, VogOverdue.Unit, new Dictionary<string, double?>(), []);
        }

        var overdueIfIssuedBefore = vog.Value.OverdueIfIssuedBefore(today);
        var overdue = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active && v.LastVogIssuedOn < overdueIfIssuedBefore)
            .Select(v => new { v.Id, Facilities = v.FacilityAccess.Where(a => a.RevokedOn == null).Select(a => a.FacilityId).ToList() })
            .ToListAsync(cancellationToken);
        // Today's standing has no history to spread over the months, so byMonth stays empty.
        return ProgressFigures.Of(VogOverdue, year, target, overdue, _ => today, volunteer => volunteer.Facilities, Count, today) with { ByMonth = [] };
    }

    private static double? Count<T>(IReadOnlyCollection<T> records) => records.Count;
}
