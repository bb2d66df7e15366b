using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Infrastructure;

internal static class ParticipantLoading
{
    /// <summary>A participant with the histories and consents its rules look at.</summary>
    public static Task<Participant?> LoadParticipantAsync(this CoursesDbContext db, Guid participantId, CancellationToken cancellationToken, bool tracking = true)
    {
        var participants = db.Participants
            .Include(p => p.Locations)
            .Include(p => p.StatusHistory)
            .Include(p => p.Consents)
            .AsSplitQuery();
        return (tracking ? participants : participants.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
    }
}
