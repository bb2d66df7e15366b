using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Contracts.Courses;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.IntegrationEvents;

/// <summary>Removes notes, reasons and the facility from a participant's trajectories when Courses erases them.</summary>
public sealed class TrajectoryEraser(AftercareDbContext db, ILogger<TrajectoryEraser> logger) : IConsumer<ParticipantErasedV1>
{
    public async Task Consume(ConsumeContext<ParticipantErasedV1> context)
    {
        var erased = context.Message;
        var trajectories = await db.Trajectories
            .Include(t => t.Contacts)
            .Include(t => t.Extensions)
            .Where(t => t.ParticipantId == erased.ParticipantId)
            .AsSplitQuery()
            .ToListAsync(context.CancellationToken);
        foreach (var trajectory in trajectories)
        {
            trajectory.ErasePersonalData(erased.OccurredAt);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Erased {Count} trajectories of participant {ParticipantId}, from message {MessageId}",
            trajectories.Count, erased.ParticipantId, context.MessageId);
    }
}
