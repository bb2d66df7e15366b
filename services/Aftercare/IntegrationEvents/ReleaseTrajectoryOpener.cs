using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// Opens a trajectory when Courses reports a release of a participant who consented, unless the
/// participant withdrew consent or was erased, or a trajectory is already open.
/// </summary>
/// <remarks>
/// The release names the facility of release and the consent, so it does not depend on the registration,
/// which travels on another queue and may arrive later. Only a release from before those fields existed
/// still takes the facility from the participant projection, and is retried until the registration is there.
/// </remarks>
public sealed class ReleaseTrajectoryOpener(
    AftercareDbContext db, IOptions<AftercarePolicy> policy, BusinessClock clock, ILogger<ReleaseTrajectoryOpener> logger)
    : IConsumer<ParticipantReleasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantReleasedV1> context)
    {
        var released = context.Message;
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.ParticipantId == released.ParticipantId, context.CancellationToken);
        if (participant is { ConsentWithdrawnOn: not null } or { ErasedAt: not null } || released.HasParticipationConsent == false)
        {
            logger.LogInformation("No aftercare for participant {ParticipantId}: no consent, consent withdrawn, or erased (message {MessageId})",
                released.ParticipantId, context.MessageId);
            return;
        }

        // The projection row may exist from the release alone; only the registration brings the expected release date.
        if (released.FacilityId is null && participant is not { ExpectedReleaseDate: not null })
        {
            throw new InvalidOperationException(
                $"Participant {released.ParticipantId} is not registered here yet and the release names no facility; it waits for the registration.");
        }

        var facilityId = released.FacilityId ?? participant!.FacilityId;

        // A consumer never answers 409: a release that finds aftercare already open, or already held for this
        // release (and closed since), changes nothing. The unique rule still decides a race with a coordinator:
        // the losing save fails, the message is retried, and this check then finds the winner.
        var existing = await db.Trajectories.AnyAsync(
            t => t.ParticipantId == released.ParticipantId && (t.ClosedOn == null || t.ReleasedOn == released.ReleasedOn), context.CancellationToken);
        if (existing)
        {
            logger.LogInformation("Participant {ParticipantId} already has aftercare for this release (message {MessageId})",
                released.ParticipantId, context.MessageId);
            return;
        }

        var trajectory = Trajectory.Open(released.ParticipantId, facilityId, released.ReleasedOn, released.ReleasedOn,
            TrajectoryOrigin.Release, policy.Value, clock.Now);
        db.Trajectories.Add(trajectory);
        await db.LinkOpenBuddyAsync(trajectory, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Opened aftercare {TrajectoryId} for participant {ParticipantId} released from {FacilityId}, from message {MessageId}",
            trajectory.Id, released.ParticipantId, trajectory.FacilityId ?? "an unknown facility", context.MessageId);
    }
}
