using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

internal static class VolunteerLoading
{
    /// <summary>A volunteer with every dated record, tracked for a change; null when unknown.</summary>
    public static Task<Volunteer?> LoadVolunteerAsync(this VolunteersDbContext db, Guid volunteerId, CancellationToken cancellationToken) =>
        db.Volunteers
            .Include(v => v.StatusHistory)
            .Include(v => v.VogRequests)
            .Include(v => v.FacilityAccess)
            .Include(v => v.Trainings)
            .Include(v => v.Assignments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
}
