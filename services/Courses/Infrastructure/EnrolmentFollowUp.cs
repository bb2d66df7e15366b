using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Infrastructure;

/// <summary>
/// What an enrolment change means for other records, for every path that causes one: participants who
/// moved up from a waiting list become active, and a participant who leaves (transfer, release,
/// withdrawal) leaves every run. The runs raise their own events; all of it saves with the caller's change.
/// </summary>
internal static class EnrolmentFollowUp
{
    public static async Task ActivatePromotedAsync(this CoursesDbContext db, IEnumerable<Enrolment> promoted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var enrolment in promoted)
        {
            var participant = await db.Participants.FindAsync([enrolment.ParticipantId], cancellationToken);
            participant?.MarkActive(now);
        }
    }

    /// <summary>Runs happen at one facility: a participant who leaves it, or withdraws, leaves its runs.</summary>
    public static async Task EndOpenEnrolmentsAsync(
        this CoursesDbContext db, Guid participantId, EndReason reason, DateOnly on, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var run in await db.RunsWithOpenEnrolmentOfAsync(participantId, cancellationToken))
        {
            var (_, promoted) = run.EndEnrolment(participantId, reason, on, now);
            await db.ActivatePromotedAsync(promoted, now, cancellationToken);
        }
    }
}
