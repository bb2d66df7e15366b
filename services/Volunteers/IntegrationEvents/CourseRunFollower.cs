using HerstelWerk.Contracts.Courses;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using MassTransit;

namespace HerstelWerk.Volunteers.IntegrationEvents;

/// <summary>Follows Courses' runs and their trainers, so coordinators see which runs still need trainers and whom to ask.</summary>
public sealed class CourseRunFollower(VolunteersDbContext db, ILogger<CourseRunFollower> logger) :
    IConsumer<CourseRunScheduledV1>,
    IConsumer<CourseRunTrainersChangedV1>
{
    public async Task Consume(ConsumeContext<CourseRunScheduledV1> context)
    {
        var message = context.Message;
        if (await db.CourseRuns.FindAsync([message.CourseRunId], context.CancellationToken) is null)
        {
            db.CourseRuns.Add(new CourseRun(message.CourseRunId, message.CourseTypeId, message.FacilityId, message.StartsOn, message.EndsOn, message.TrainerRole));
            await db.SaveChangesAsync(context.CancellationToken);
        }

        logger.LogInformation("Following course run {CourseRunId} from message {MessageId}", message.CourseRunId, context.MessageId);
    }

    public async Task Consume(ConsumeContext<CourseRunTrainersChangedV1> context)
    {
        var message = context.Message;
        var run = await db.CourseRuns.FindAsync([message.CourseRunId], context.CancellationToken);
        if (run is null)
        {
            // The scheduling event has not arrived yet: fail, and let redelivery bring this back after it.
            throw new InvalidOperationException($"Course run {message.CourseRunId} is not known yet.");
        }

        run.SetTrainers(message.TrainerVolunteerIds, message.Revision);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Course run {CourseRunId} has {TrainerCount} trainers, from message {MessageId}",
            message.CourseRunId, run.TrainerVolunteerIds.Count, context.MessageId);
    }
}
