using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Infrastructure;

internal static class EmploymentQueries
{
    /// <summary>The jobs Placement reported that ran at some time during the trajectory, first started first.</summary>
    public static Task<List<Employment>> EmploymentsDuringAsync(this AftercareDbContext db, Trajectory trajectory, CancellationToken cancellationToken)
    {
        var until = trajectory.ClosedOn ?? DateOnly.MaxValue;
        return db.Employments.AsNoTracking()
            .Where(e => e.ParticipantId == trajectory.ParticipantId && e.StartedOn != null && e.StartedOn <= until
                && (e.EndedOn == null || e.EndedOn >= trajectory.ReleasedOn))
            .OrderBy(e => e.StartedOn)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The employers Placement reported a job of the participant with: the only ones whose contacts Aftercare logs.</summary>
    public static Task<List<Guid>> EmployersOfAsync(this AftercareDbContext db, Guid participantId, CancellationToken cancellationToken) =>
        db.Employments.Where(e => e.ParticipantId == participantId && e.StartedOn != null).Select(e => e.EmployerId).ToListAsync(cancellationToken);
}
