using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Participants;

/// <summary>Erases the local projection when Courses erased the participant; the id stays.</summary>
public sealed class ParticipantErasedProjector(ServiceDbContext db, ILogger<ParticipantErasedProjector> logger)
    : IConsumer<ParticipantErasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantErasedV1> context)
    {
        var erased = context.Message;
        // Erased before its registration arrived, the new row is a tombstone that keeps the registration out.
        var participant = await ParticipantProjections.FindOrAddAsync(db, erased.ParticipantId, context.CancellationToken);

        if (!participant.Erase(erased.Revision, erased.OccurredAt))
        {
            logger.LogInformation("Ignored stale {Event} {MessageId} for participant {ParticipantId}", nameof(ParticipantErasedV1), context.MessageId, erased.ParticipantId);
            return;
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Erased participant {ParticipantId} at revision {Revision} from message {MessageId}",
            erased.ParticipantId, erased.Revision, context.MessageId);
    }
}
