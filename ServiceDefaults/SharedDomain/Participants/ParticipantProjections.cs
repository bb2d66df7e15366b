using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;

namespace HerstelWerk.SharedDomain.Participants;

internal static class ParticipantProjections
{
    /// <summary>
    /// Applies one event to the participant's projection and saves it, in turn with every other event
    /// about the same participant. Returns false when the event was older than what is stored.
    /// </summary>
    public static async Task<bool> ApplyAsync(
        ServiceDbContext db, Guid participantId, Func<ParticipantProjection, bool> change, CancellationToken cancellationToken)
    {
        var applied = false;
        await db.InTurnAsync("participant", participantId, async () =>
            applied = change(await FindOrAddAsync(db, participantId, cancellationToken)), cancellationToken);
        return applied;
    }

    /// <summary>
    /// The projection of a participant, new if none exists yet: events can arrive in any order, and
    /// whichever comes first creates the row the revision check then guards.
    /// </summary>
    private static async Task<ParticipantProjection> FindOrAddAsync(ServiceDbContext db, Guid participantId, CancellationToken cancellationToken)
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
