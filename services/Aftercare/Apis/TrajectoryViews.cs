using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Apis;

internal static class TrajectoryViews
{
    /// <summary>The trajectory as its reader may see it, with the jobs Placement reported during it.</summary>
    public static async Task<TrajectoryDto> DetailAsync(AftercareDbContext db, Trajectory trajectory, DateOnly today, CancellationToken cancellationToken)
    {
        var until = trajectory.ClosedOn ?? DateOnly.MaxValue;
        var employments = await db.Employments.AsNoTracking()
            .Where(e => e.ParticipantId == trajectory.ParticipantId && e.StartedOn != null && e.StartedOn <= until
                && (e.EndedOn == null || e.EndedOn >= trajectory.ReleasedOn))
            .OrderBy(e => e.StartedOn)
            .ToListAsync(cancellationToken);
        return TrajectoryDto.From(trajectory, employments, today);
    }
}
