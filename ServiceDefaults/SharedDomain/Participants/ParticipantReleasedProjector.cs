using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Records the release date in the local projection.</summary>
public sealed class ParticipantReleasedProjector(ServiceDbContext db, ILogger<ParticipantReleasedProjector> logger)
    : IConsumer<ParticipantReleasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantReleasedV1> context)
    {
        var released = context.Message;
        await ParticipantProjections.ApplyAsync(db, released.ParticipantId,
            participant => participant.Release(released.Revision, released.ReleasedOn, released.OccurredAt), context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} released (revision {Revision}, message {MessageId})",
            released.ParticipantId, released.Revision, context.MessageId);
    }
}
