using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

internal static class ActiveVolunteersLoading
{
    /// <summary>
    /// The volunteers who were Active at some point in <paramref name="year"/>, as the DJI subsidy counts
    /// them, with their dated history and passes: the one rule of the hours statement and the progress
    /// figures. <paramref name="onlyVolunteer"/> narrows it to one.
    /// </summary>
    public static async Task<IReadOnlyList<Volunteer>> ActiveInAsync(this VolunteersDbContext db, int year, Guid? onlyVolunteer, CancellationToken cancellationToken)
    {
        // Anyone ever Active has a history row saying so; only they can have been active in the year.
        var everActive = await db.Volunteers.AsNoTracking()
            .Where(v => onlyVolunteer == null || v.Id == onlyVolunteer)
            .Where(v => v.StatusHistory.Any(c => c.Status == VolunteerStatus.Active && c.Since <= new DateOnly(year, 12, 31)))
            .Include(v => v.StatusHistory)
            .Include(v => v.FacilityAccess)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. everActive.Where(v => v.WasActiveIn(year))];
    }
}
