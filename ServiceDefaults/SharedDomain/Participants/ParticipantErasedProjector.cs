using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Erases the local projection when Courses erased the participant; the id stays.</summary>
public sealed class ParticipantErasedProjector(ServiceDbContext db, ILogger<ParticipantErasedProjector> logger)
    : IConsumer<ParticipantErasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantErasedV1> context)
    {
        var erased = context.Message;
        // Erased before its registration arrived, the new row is a tombstone that keeps the registration out.
        if (!await ParticipantProjections.ApplyAsync(db, erased.ParticipantId,
                participant => participant.Erase(erased.Revision, erased.OccurredAt), context.CancellationToken))
        {
            logger.LogInformation("Ignored stale {Event} {MessageId} for participant {ParticipantId}", nameof(ParticipantErasedV1), context.MessageId, erased.ParticipantId);
            return;
        }

        logger.LogInformation("Erased participant {ParticipantId} at revision {Revision} from message {MessageId}",
            erased.ParticipantId, erased.Revision, context.MessageId);
    }
}
