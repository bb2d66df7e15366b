using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// Stops aftercare when a participant withdraws consent: the open trajectory closes as Declined and its
/// notes are hidden. (The shared projector marks the participant; this consumer acts on the trajectories.)
/// </summary>
public sealed class ConsentWithdrawalStopper(AftercareDbContext db, BusinessClock clock, ILogger<ConsentWithdrawalStopper> logger)
    : IConsumer<ConsentWithdrawnV1>
{
    public async Task Consume(ConsumeContext<ConsentWithdrawnV1> context)
    {
        var withdrawn = context.Message;
        var trajectories = await db.Trajectories.Where(t => t.ParticipantId == withdrawn.ParticipantId).ToListAsync(context.CancellationToken);
        foreach (var trajectory in trajectories)
        {
            trajectory.StopForWithdrawnConsent(withdrawn.WithdrawnOn, clock.Now);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} withdrew consent: {Count} trajectories stopped, from message {MessageId}",
            withdrawn.ParticipantId, trajectories.Count, context.MessageId);
    }
}
