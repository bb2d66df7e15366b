using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Moves the local projection to the participant's new facility.</summary>
public sealed class ParticipantTransferredProjector(ServiceDbContext db, ILogger<ParticipantTransferredProjector> logger)
    : IConsumer<ParticipantTransferredV1>
{
    public async Task Consume(ConsumeContext<ParticipantTransferredV1> context)
    {
        var transferred = context.Message;
        await ParticipantProjections.ApplyAsync(db, transferred.ParticipantId,
            participant => participant.Transfer(transferred.Revision, transferred.ToFacility, transferred.ToFacilityId, transferred.OccurredAt), context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} transferred (revision {Revision}, message {MessageId})",
            transferred.ParticipantId, transferred.Revision, context.MessageId);
    }
}
