using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Volunteers.Hours;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.IntegrationEvents;

/// <summary>Logs a session's hours for each trainer Courses names in <c>SessionHeldV1</c>.</summary>
public sealed class SessionHoursRecorder(VolunteersDbContext db, IOptions<HoursSettings> settings, BusinessClock clock, ILogger<SessionHoursRecorder> logger)
    : IConsumer<SessionHeldV1>
{
    public async Task Consume(ConsumeContext<SessionHeldV1> context)
    {
        var message = context.Message;
        var minutes = settings.Value.SessionMinutesFor(message.CourseTypeId);
        var known = await db.Volunteers.Where(v => message.TrainerVolunteerIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(context.CancellationToken);
        foreach (var volunteerId in known)
        {
            // One row per trainer per session: a session recorded again (attendance corrected) is not counted twice.
            var key = $"session:{message.CourseRunId:N}:{message.SessionNumber}:{volunteerId:N}";
            if (!await db.Activities.AnyAsync(a => a.SourceKey == key, context.CancellationToken))
            {
                db.Activities.Add(new VolunteerActivity(volunteerId, ActivityKind.Session, message.HeldOn, minutes, key, clock.Now));
            }
        }

        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Logged session {SessionNumber} of run {CourseRunId} for {TrainerCount} trainers, from message {MessageId}",
            message.SessionNumber, message.CourseRunId, known.Count, context.MessageId);
    }
}
