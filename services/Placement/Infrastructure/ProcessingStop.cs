using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>Stops all work for a participant who withdrew consent or was erased: the candidate closes, open pipelines stop.</summary>
internal static class ProcessingStop
{
    /// <summary>Applies the stop to the tracked entities; the caller saves. False when there was nothing left to stop.</summary>
    public static async Task<bool> StopAsync(
        this PlacementDbContext db, Guid participantId, CandidateClosure because, DateOnly on, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.ParticipantId == participantId, cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        var changed = candidate.Close(because, on);
        var reason = because == CandidateClosure.Erased ? ClosedReason.Erased : ClosedReason.ConsentWithdrawn;
        var placements = await db.Placements.Include(p => p.History).Where(p => p.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            changed |= placement.Stop(reason, on, now);
        }

        return changed;
    }
}
