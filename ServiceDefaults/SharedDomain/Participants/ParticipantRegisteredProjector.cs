using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>
/// Keeps the local participant projection in step with Courses. Idempotent twice over: the inbox drops
/// a redelivered message, and the revision check drops an event older than what is already stored.
/// </summary>
public sealed class ParticipantRegisteredProjector(ServiceDbContext db, ILogger<ParticipantRegisteredProjector> logger)
    : IConsumer<ParticipantRegisteredV1>
{
    public async Task Consume(ConsumeContext<ParticipantRegisteredV1> context)
    {
        var registered = context.Message;
        if (!await ParticipantProjections.ApplyAsync(db, registered.ParticipantId,
                participant => participant.Register(registered.Revision, registered.Facility, registered.FacilityId, registered.ExpectedReleaseDate, registered.OccurredAt),
                context.CancellationToken))
        {
            logger.LogInformation("Ignored stale {Event} {MessageId} for participant {ParticipantId}: revision {Revision} is not newer",
                nameof(ParticipantRegisteredV1), context.MessageId, registered.ParticipantId, registered.Revision);
            return;
        }

        logger.LogInformation("Projected participant {ParticipantId} at revision {Revision} from message {MessageId}",
            registered.ParticipantId, registered.Revision, context.MessageId);
    }
}
