using HerstelWerk.ServiceDefaults.Data;

namespace HerstelWerk.ServiceDefaults.Participants;

internal static class ParticipantProjections
{
    /// <summary>
    /// The projection of a participant, new if none exists yet: events can arrive in any order, and
    /// whichever comes first creates the row the revision check then guards.
    /// </summary>
    public static async Task<ParticipantProjection> FindOrAddAsync(ServiceDbContext db, Guid participantId, CancellationToken cancellationToken)
    {
        var participants = db.Set<ParticipantProjection>();
        var participant = await participants.FindAsync([participantId], cancellationToken);
        if (participant is null)
        {
            participant = new ParticipantProjection(participantId);
            participants.Add(participant);
        }

        return participant;
    }
}
