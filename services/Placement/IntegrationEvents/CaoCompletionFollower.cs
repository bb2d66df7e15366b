using HerstelWerk.Contracts.Courses;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.IntegrationEvents;

/// <summary>
/// Takes a participant on as a candidate when Courses reports a completed CAO course, and publishes
/// <c>CandidateRegisteredV1</c> with it. One candidate per participant: a later completion, or one for
/// a referred candidate, only records the completion date.
/// </summary>
public sealed class CaoCompletionFollower(PlacementDbContext db, BusinessClock clock, ILogger<CaoCompletionFollower> logger)
    : IConsumer<CourseCompletedV1>
{
    public const string CaoCourseTypeId = "cao";

    public async Task Consume(ConsumeContext<CourseCompletedV1> context)
    {
        var completed = context.Message;
        if (completed.CourseTypeId != CaoCourseTypeId)
        {
            return;
        }

        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.ParticipantId == completed.ParticipantId, context.CancellationToken);
        if (candidate is not null)
        {
            if (candidate.RecordCaoCompletion(completed.CompletedOn))
            {
                await db.SaveChangesAsync(context.CancellationToken);
            }

            logger.LogInformation("Participant {ParticipantId} is already candidate {CandidateId}; CAO completion from message {MessageId} noted",
                completed.ParticipantId, candidate.Id, context.MessageId);
            return;
        }

        var participant = await db.Participants.FindAsync([completed.ParticipantId], context.CancellationToken);
        if (Candidate.WhyNotProcessed(participant) is { } reason)
        {
            logger.LogInformation("No candidate for participant {ParticipantId} from message {MessageId}: {Reason}",
                completed.ParticipantId, context.MessageId, reason);
            return;
        }

        // Two completions at once: the unique participant rule fails one save, and its redelivery finds this candidate.
        // (Checking first is not a check-then-insert to replace: a known candidate has its completion date recorded instead.)
        candidate = Candidate.FromCaoCompletion(completed.ParticipantId, completed.CompletedOn, clock.Today, clock.Now);
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Participant {ParticipantId} became candidate {CandidateId} after CAO run {CourseRunId}, from message {MessageId}",
            completed.ParticipantId, candidate.Id, completed.CourseRunId, context.MessageId);
    }
}
