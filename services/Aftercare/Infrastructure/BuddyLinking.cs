using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Infrastructure;

internal static class BuddyLinking
{
    /// <summary>
    /// Links the participant's oldest open buddy assignment (other than <paramref name="except"/>, one that
    /// just ended in this unit of work) to the trajectory, if it has no buddy yet.
    /// </summary>
    public static async Task LinkOpenBuddyAsync(this AftercareDbContext db, Trajectory trajectory, CancellationToken cancellationToken, Guid? except = null)
    {
        if (trajectory.BuddyAssignmentId is not null)
        {
            return;
        }

        var open = await db.BuddyAssignments
            .Where(a => a.ParticipantId == trajectory.ParticipantId && a.StartedOn != null && a.EndedOn == null && a.AssignmentId != except)
            .OrderBy(a => a.StartedOn).ThenBy(a => a.AssignmentId)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            trajectory.LinkBuddy(open.AssignmentId, open.VolunteerId, open.StartedOn!.Value);
        }
    }
}
