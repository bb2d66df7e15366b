using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.SharedDomain.Participants;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Infrastructure;

internal static class ParticipantLoading
{
    /// <summary>
    /// The participant a request names, as Courses reported them; one Volunteers never heard of is bad
    /// input (a 400 naming <c>participantId</c>), since only Courses registers participants.
    /// </summary>
    public static async Task<ParticipantProjection> KnownParticipantAsync(this VolunteersDbContext db, Guid participantId, CancellationToken cancellationToken) =>
        await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken)
            ?? throw new InvalidInputException("participantId", "Volunteers does not know this participant; Courses registers participants.");
}
