using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Marks the participant as no longer processed: each service's domain checks this before starting work.</summary>
public sealed class ConsentWithdrawnProjector(ServiceDbContext db, ILogger<ConsentWithdrawnProjector> logger)
    : IConsumer<ConsentWithdrawnV1>
{
    public async Task Consume(ConsumeContext<ConsentWithdrawnV1> context)
    {
        var withdrawn = context.Message;
        await ParticipantProjections.ApplyAsync(db, withdrawn.ParticipantId,
            participant => participant.WithdrawConsent(withdrawn.Revision, withdrawn.WithdrawnOn, withdrawn.OccurredAt), context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} withdrew consent; processing stopped (revision {Revision}, message {MessageId})",
            withdrawn.ParticipantId, withdrawn.Revision, context.MessageId);
    }
}
