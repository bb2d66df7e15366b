using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
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
    public static async Task<Results<Ok<ParticipantDto>, NotFound, ProblemHttpResult>> EraseParticipant(
        Guid participantId, CoursesDbContext db, Changes<Participant> changes, ParticipantAudit audit, BusinessClock clock, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var erasure = await changes.ApplyAsync(participantId, participant =>
        {
            var erased = participant.Erase(clock.Now);
            if (erased)
            {
                // An erasure is not an ordinary update: the log says so.
                audit.Stage(AuditAction.Erase, participantId);
            }

            return erased;
        }, cancellationToken);
        if (erasure is { Aggregate: not null, Result: true })
        {
            loggers.CreateLogger(typeof(ErasureApi)).LogInformation("Erased the personal data of participant {ParticipantId}", participantId);
        }

        if (erasure.Aggregate is not null)
        {
            // A stored answer to a keyed intake repeats the participant's name; it goes too (also on a repeat).
            var location = $"{ParticipantsApi.Route}/{participantId}";
            await db.Set<IdempotentRequest>().Where(request => request.Location == location).ExecuteDeleteAsync(cancellationToken);
        }

        return await Task.FromResult(erasure).Ok(ParticipantDto.From);
    }
}
