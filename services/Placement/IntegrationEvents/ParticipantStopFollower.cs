using HerstelWerk.Contracts.Courses;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using MassTransit;

namespace HerstelWerk.Placement.IntegrationEvents;

/// <summary>
/// Closes the candidate and stops its open pipelines when Courses reports a consent withdrawal or an
/// erasure; an erasure also removes the work profile. (The shared projector marks the participant
/// itself; the retention round repairs a candidate created in the moment between the two.)
/// </summary>
public sealed class ParticipantStopFollower(PlacementDbContext db, BusinessClock clock, ILogger<ParticipantStopFollower> logger) :
    IConsumer<ConsentWithdrawnV1>,
    IConsumer<ParticipantErasedV1>
{
    public Task Consume(ConsumeContext<ConsentWithdrawnV1> context) =>
        StopAsync(context, context.Message.ParticipantId, CandidateClosure.ConsentWithdrawn, context.Message.WithdrawnOn);

    public Task Consume(ConsumeContext<ParticipantErasedV1> context) =>
        StopAsync(context, context.Message.ParticipantId, CandidateClosure.Erased, DateOnly.FromDateTime(context.Message.OccurredAt.UtcDateTime));

    private async Task StopAsync(ConsumeContext context, Guid participantId, CandidateClosure because, DateOnly on)
    {
        if (await db.StopAsync(participantId, because, on, clock.Now, context.CancellationToken))
        {
            await db.SaveChangesAsync(context.CancellationToken);
            logger.LogInformation("Stopped placement work for participant {ParticipantId} ({Because}), from message {MessageId}",
                participantId, because, context.MessageId);
        }
    }
}
