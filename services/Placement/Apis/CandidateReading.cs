using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

internal static class CandidateReading
{
    /// <summary>The candidate's full record: Courses' facility and release dates, and every pipeline in short.</summary>
    public static async Task<CandidateDto> ToDtoAsync(this PlacementDbContext db, Candidate candidate, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == candidate.ParticipantId, cancellationToken);
        var placements = await db.Placements.AsNoTracking().Where(p => p.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        return CandidateDto.From(candidate, participant, placements);
    }
}
