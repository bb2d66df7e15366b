using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>Builds the hours statement: volunteers active in the year, and their logged time in it.</summary>
public sealed class HoursCalculator(VolunteersDbContext db)
{
    /// <summary>Every counted volunteer's line, by name.</summary>
    public async Task<IReadOnlyList<VolunteerHours>> LinesAsync(int year, Guid? onlyVolunteer, CancellationToken cancellationToken)
    {
        var active = await db.ActiveInAsync(year, onlyVolunteer, cancellationToken);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var ids = active.Select(v => v.Id).ToList();
        var minutes = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.VolunteerId) && a.On >= first && a.On <= last)
            .GroupBy(a => new { a.VolunteerId, a.Kind })
            .Select(g => new { g.Key.VolunteerId, g.Key.Kind, Minutes = g.Sum(a => a.Minutes) })
            .ToListAsync(cancellationToken);
        decimal Hours(Guid id, ActivityKind kind) => minutes.Where(m => m.VolunteerId == id && m.Kind == kind).Sum(m => m.Minutes) / 60m;

        return [.. active.OrderBy(v => v.FullName, StringComparer.Ordinal).ThenBy(v => v.Id).Select(v =>
        {
            var visits = Hours(v.Id, ActivityKind.Visit);
            var sessions = Hours(v.Id, ActivityKind.Session);
            var contacts = Hours(v.Id, ActivityKind.AftercareContact);
            return new VolunteerHours(v.Id, v.FullName, v.Region, Round(visits), Round(sessions), Round(contacts), Round(visits + sessions + contacts));
        })];
    }

    private static decimal Round(decimal hours) => decimal.Round(hours, 2);
}
