using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Outbox;

namespace HerstelWerk.Courses.IntegrationEvents;

/// <summary>
/// The follow-up of enrolment changes, shared by every path that causes them: events for ended and
/// promoted enrolments, and promoted participants becoming active. All in the caller's transaction.
/// </summary>
internal static class EnrolmentChanges
{
    public static async Task PromotedAsync(CoursesDbContext db, CourseRun run, IEnumerable<Enrolment> promoted, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var enrolment in promoted)
        {
            db.PublishOnCommit(run.ToEnrolledEvent(enrolment, now), time);
            var participant = await db.Participants.FindAsync([enrolment.ParticipantId], cancellationToken);
            participant?.MarkActive(now);
        }
    }

    /// <summary>Ends every open enrolment of a participant (on release, transfer or withdrawal), moving others up.</summary>
    public static async Task EndAllAsync(CoursesDbContext db, Guid participantId, EndReason reason, DateOnly on, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var run in await db.RunsWithOpenEnrolmentOfAsync(participantId, cancellationToken))
        {
            var (ended, promoted) = run.EndEnrolment(participantId, reason, on, now);
            db.PublishOnCommit(run.ToOutcomeEvent(ended, now), time);
            await PromotedAsync(db, run, promoted, time, cancellationToken);
        }
    }
}
