using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Contracts.Courses;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>
/// A release that arrived before the registration opened a trajectory without its facility; the
/// registration, when it comes, fills it in, so the per-facility figures count it where it belongs.
/// </summary>
public sealed class LateRegistrationFacilityFiller(AftercareDbContext db, ILogger<LateRegistrationFacilityFiller> logger)
    : IConsumer<ParticipantRegisteredV1>
{
    public async Task Consume(ConsumeContext<ParticipantRegisteredV1> context)
    {
        var registered = context.Message;
        if (registered.FacilityId is not { } facilityId)
        {
            return;
        }

        var trajectories = await db.Trajectories
            .Where(t => t.ParticipantId == registered.ParticipantId && t.FacilityId == null && t.ErasedAt == null)
            .ToListAsync(context.CancellationToken);
        if (trajectories.Count(t => t.LearnFacility(facilityId)) > 0)
        {
            await db.SaveChangesAsync(context.CancellationToken);
            logger.LogInformation("Aftercare of participant {ParticipantId} now knows its facility, from message {MessageId}",
                registered.ParticipantId, context.MessageId);
        }
    }
}
