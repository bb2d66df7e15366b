using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Infrastructure;

internal static class TrajectoryLoading
{
    /// <summary>
    /// A trajectory with its checklist history and extensions, tracked for a change; null when unknown. The
    /// contact log is not loaded: new contacts are only added, and the rhythm's dates live on the trajectory.
    /// </summary>
    public static Task<Trajectory?> LoadTrajectoryAsync(this AftercareDbContext db, Guid trajectoryId, CancellationToken cancellationToken) =>
        db.Trajectories
            .Include(t => t.ConditionUpdates)
            .Include(t => t.Extensions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == trajectoryId, cancellationToken);
}
