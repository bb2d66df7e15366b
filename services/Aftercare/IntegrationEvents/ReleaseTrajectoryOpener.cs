using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// Opens a trajectory when Courses reports a release, unless the participant withdrew consent or was
/// erased, or a trajectory is already open. The facility of release comes from the participant projection.
/// </summary>
/// <remarks>
/// Registration and release travel on different queues, so the release can be handled before the
/// registration reached the projection. That is a matter of milliseconds, so the release fails and is
/// retried until the participant is known; opening without them would lose the facility of release.
/// </remarks>
public sealed class ReleaseTrajectoryOpener(
    AftercareDbContext db, IOptions<AftercarePolicy> policy, TimeProvider time, ILogger<ReleaseTrajectoryOpener> logger)
    : IConsumer<ParticipantReleasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantReleasedV1> context)
    {
        var released = context.Message;
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == released.ParticipantId, context.CancellationToken);
        // The projection row may exist from the release alone; only the registration brings the expected release date.
        if (participant is null || (participant.ExpectedReleaseDate is null && participant.ErasedAt is null))
        {
            throw new InvalidOperationException($"Participant {released.ParticipantId} is not registered here yet; the release waits for the registration.");
        }

        if (participant is { ConsentWithdrawnOn: not null } or { ErasedAt: not null })
        {
            logger.LogInformation("No aftercare for participant {ParticipantId}: consent withdrawn or erased (message {MessageId})",
                released.ParticipantId, context.MessageId);
            return;
        }

        var existing = await db.Trajectories.AnyAsync(
            t => t.ParticipantId == released.ParticipantId && (t.ClosedOn == null || t.ReleasedOn == released.ReleasedOn), context.CancellationToken);
        if (existing)
        {
            logger.LogInformation("Participant {ParticipantId} already has aftercare for this release (message {MessageId})",
                released.ParticipantId, context.MessageId);
            return;
        }

        var trajectory = Trajectory.Open(released.ParticipantId, participant.FacilityId, released.ReleasedOn, released.ReleasedOn,
            TrajectoryOrigin.Release, policy.Value, time.GetUtcNow());
        db.Trajectories.Add(trajectory);
        await db.LinkOpenBuddyAsync(trajectory, context.CancellationToken);
        db.StageEventsOf(trajectory, time);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Opened aftercare {TrajectoryId} for participant {ParticipantId} released from {FacilityId}, from message {MessageId}",
            trajectory.Id, released.ParticipantId, trajectory.FacilityId ?? "an unknown facility", context.MessageId);
    }
}
