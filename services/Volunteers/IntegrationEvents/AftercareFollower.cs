using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.IntegrationEvents;

/// <summary>Follows Aftercare's trajectories: a started one needs an aftercare buddy until one is assigned or it closes.</summary>
public sealed class AftercareFollower(VolunteersDbContext db, ILogger<AftercareFollower> logger) :
    IConsumer<AftercareStartedV1>,
    IConsumer<AftercareClosedV1>
{
    public async Task Consume(ConsumeContext<AftercareStartedV1> context)
    {
        var message = context.Message;
        if (await db.BuddyRequests.FindAsync([message.TrajectoryId], context.CancellationToken) is null)
        {
            var request = new BuddyRequest(message.TrajectoryId, message.ParticipantId, message.StartedOn);
            // A buddy assigned before the trajectory was reported already covers it.
            var buddy = await db.Volunteers.SelectMany(v => v.Assignments)
                .Where(a => a.ParticipantId == message.ParticipantId && a.Role == VolunteerRoles.AftercareBuddy && a.EndedOn == null)
                .Select(a => (Guid?)a.Id)
                .FirstOrDefaultAsync(context.CancellationToken);
            if (buddy is { } assignmentId)
            {
                request.Match(assignmentId);
            }

            db.BuddyRequests.Add(request);
            await db.SaveChangesAsync(context.CancellationToken);
        }

        logger.LogInformation("Participant {ParticipantId} started aftercare {TrajectoryId}, from message {MessageId}",
            message.ParticipantId, message.TrajectoryId, context.MessageId);
    }

    public async Task Consume(ConsumeContext<AftercareClosedV1> context)
    {
        var message = context.Message;
        var request = await db.BuddyRequests.FindAsync([message.TrajectoryId], context.CancellationToken);
        if (request is null)
        {
            db.BuddyRequests.Add(request = new BuddyRequest(message.TrajectoryId, message.ParticipantId, message.ClosedOn));
        }

        request.Close(message.ClosedOn);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Aftercare {TrajectoryId} closed, from message {MessageId}", message.TrajectoryId, context.MessageId);
    }
}
