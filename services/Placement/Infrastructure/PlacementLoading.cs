using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Infrastructure;

internal static class PlacementLoading
{
    /// <summary>A pipeline with its history, tracked for a change; null when unknown.</summary>
    public static Task<JobPlacement?> LoadPlacementAsync(this PlacementDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        db.Placements.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);

    /// <summary>A visit with its candidates, tracked for a change; null when unknown.</summary>
    public static Task<EmployerVisit?> LoadVisitAsync(this PlacementDbContext db, Guid visitId, CancellationToken cancellationToken) =>
        db.Visits.Include(v => v.Attendees).SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
}
