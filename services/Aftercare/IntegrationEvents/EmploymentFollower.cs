using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Contracts.Placement;
using MassTransit;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// Follows Placement's jobs. A job that runs during a trajectory makes the employer a second party to
/// support and the trajectory "coaching during work"; either event may come first.
/// </summary>
public sealed class EmploymentFollower(AftercareDbContext db, ILogger<EmploymentFollower> logger) :
    IConsumer<JobStartedV1>,
    IConsumer<EmploymentEndedV1>
{
    public async Task Consume(ConsumeContext<JobStartedV1> context)
    {
        var started = context.Message;
        var employment = await FindOrAddAsync(started.PlacementId, started.ParticipantId, started.EmployerId, context.CancellationToken);
        employment.Start(started.StartedOn);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} started work with employer {EmployerId} (placement {PlacementId}, message {MessageId})",
            started.ParticipantId, started.EmployerId, started.PlacementId, context.MessageId);
    }

    public async Task Consume(ConsumeContext<EmploymentEndedV1> context)
    {
        var ended = context.Message;
        var employment = await FindOrAddAsync(ended.PlacementId, ended.ParticipantId, ended.EmployerId, context.CancellationToken);
        employment.End(ended.EndedOn, ended.Reason);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Placement {PlacementId} of participant {ParticipantId} ended, from message {MessageId}",
            ended.PlacementId, ended.ParticipantId, context.MessageId);
    }

    private async Task<Employment> FindOrAddAsync(Guid placementId, Guid participantId, Guid employerId, CancellationToken cancellationToken)
    {
        var employment = await db.Employments.FindAsync([placementId], cancellationToken);
        if (employment is null)
        {
            db.Employments.Add(employment = new Employment(placementId, participantId, employerId));
        }

        return employment;
    }
}
