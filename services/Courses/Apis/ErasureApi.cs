using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>The right to erasure (GDPR article 17), for admins.</summary>
public static class ErasureApi
{
    /// <summary>
    /// Erases the participant's personal data and publishes <c>ParticipantErasedV1</c> in the same
    /// transaction. Repeating it is harmless: an erased participant stays erased and nothing is resent.
    /// </summary>
    public static async Task<Results<Ok<ParticipantDto>, NotFound>> EraseParticipant(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.FindAsync([participantId], cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (participant.Erase(now))
        {
            db.PublishOnCommit(participant.ToErasedEvent(now), time);
            audit.Stage(AuditAction.Erase, participantId);
            await db.SaveChangesAsync(cancellationToken);
            loggers.CreateLogger(typeof(ErasureApi)).LogInformation("Erased the personal data of participant {ParticipantId}", participantId);
        }

        // A stored answer to a keyed intake repeats the participant's name; it goes too (also on a repeat).
        var location = $"{ParticipantsApi.Route}/{participantId}";
        await db.Set<IdempotentRequest>().Where(request => request.Location == location).ExecuteDeleteAsync(cancellationToken);

        return TypedResults.Ok(ParticipantDto.From(participant));
    }
}
