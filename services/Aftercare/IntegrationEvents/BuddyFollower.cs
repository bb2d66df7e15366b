using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Contracts.Volunteers;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// Follows Volunteers' aftercare-buddy assignments and links the buddy to the participant's open
/// trajectory. Either event may come first; an ended assignment hands over to another open one, if any.
/// </summary>
public sealed class BuddyFollower(AftercareDbContext db, ILogger<BuddyFollower> logger) :
    IConsumer<VolunteerAssignedV1>,
    IConsumer<VolunteerAssignmentEndedV1>
{
    public async Task Consume(ConsumeContext<VolunteerAssignedV1> context)
    {
        var assigned = context.Message;
        if (assigned.Role != VolunteerRoles.AftercareBuddy)
        {
            return;
        }

        var assignment = await FindOrAddAsync(assigned.AssignmentId, assigned.VolunteerId, assigned.ParticipantId, context.CancellationToken);
        assignment.Start(assigned.StartedOn);
        if (assignment.IsOpen && await OpenTrajectoryOfAsync(assigned.ParticipantId, context.CancellationToken) is { } trajectory)
        {
            trajectory.LinkBuddy(assignment.AssignmentId, assignment.VolunteerId, assigned.StartedOn);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Volunteer {VolunteerId} is aftercare buddy of participant {ParticipantId} (assignment {AssignmentId}, message {MessageId})",
            assigned.VolunteerId, assigned.ParticipantId, assigned.AssignmentId, context.MessageId);
    }

    public async Task Consume(ConsumeContext<VolunteerAssignmentEndedV1> context)
    {
        var ended = context.Message;
        if (ended.Role != VolunteerRoles.AftercareBuddy)
        {
            return;
        }

        var assignment = await FindOrAddAsync(ended.AssignmentId, ended.VolunteerId, ended.ParticipantId, context.CancellationToken);
        assignment.End(ended.EndedOn);
        var trajectory = await OpenTrajectoryOfAsync(ended.ParticipantId, context.CancellationToken);
        if (trajectory is not null && trajectory.UnlinkBuddy(ended.AssignmentId))
        {
            await db.LinkOpenBuddyAsync(trajectory, context.CancellationToken, except: ended.AssignmentId);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Buddy assignment {AssignmentId} of participant {ParticipantId} ended, from message {MessageId}",
            ended.AssignmentId, ended.ParticipantId, context.MessageId);
    }

    private async Task<BuddyAssignment> FindOrAddAsync(Guid assignmentId, Guid volunteerId, Guid participantId, CancellationToken cancellationToken)
    {
        var assignment = await db.BuddyAssignments.FindAsync([assignmentId], cancellationToken);
        if (assignment is null)
        {
            db.BuddyAssignments.Add(assignment = new BuddyAssignment(assignmentId, volunteerId, participantId));
        }

        return assignment;
    }

    private Task<Trajectory?> OpenTrajectoryOfAsync(Guid participantId, CancellationToken cancellationToken) =>
        db.Trajectories.SingleOrDefaultAsync(t => t.ParticipantId == participantId && t.ClosedOn == null, cancellationToken);
}
