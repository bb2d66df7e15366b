using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Messaging.Outbox;

namespace HerstelWerk.Courses.IntegrationEvents;

/// <summary>
/// Takes a volunteer off the runs they can no longer give once Volunteers reports that they stopped,
/// or that a facility withdrew their pass. Finished runs keep them: the sessions they gave stay theirs.
/// </summary>
/// <remarks>
/// Each run's <c>CourseRunTrainersChangedV1</c> puts it back on Volunteers' list of runs needing
/// trainers, so the coordinator sees at once that a replacement is needed.
/// </remarks>
internal static class TrainerWithdrawal
{
    /// <summary>
    /// Removes the volunteer from unfinished runs when they are no longer active (every run) or no longer
    /// admitted to <paramref name="facilityId"/> (runs there). Returns how many runs lost them.
    /// </summary>
    public static async Task<int> WithdrawUnfitTrainerAsync(
        this CoursesDbContext db, VolunteerEligibility volunteer, string? facilityId, TimeProvider time, CancellationToken cancellationToken)
    {
        // Judged on the current facts, not on the event: a stale event that changed nothing removes no one.
        var stillFit = volunteer.IsActive && (facilityId is null || volunteer.IsAdmittedTo(facilityId, time.Today()));
        if (stillFit)
        {
            return 0;
        }

        var runs = await db.RunsStillTrainedByAsync(volunteer.VolunteerId, volunteer.IsActive ? facilityId : null, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var run in runs.Where(run => run.RemoveTrainer(volunteer.VolunteerId)))
        {
            db.PublishOnCommit(run.ToTrainersChangedEvent(now), time);
        }

        return runs.Count;
    }
}
