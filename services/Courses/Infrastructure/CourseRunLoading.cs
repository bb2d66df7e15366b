using System.Linq.Expressions;
using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Infrastructure;

internal static class CourseRunLoading
{
    /// <summary>Runs with their sessions, enrolments and attendance: everything their rules look at.</summary>
    public static IQueryable<CourseRun> RunsWithEnrolments(this CoursesDbContext db) =>
        db.CourseRuns
            .Include(r => r.Sessions)
            .Include(r => r.Enrolments).ThenInclude(e => e.Attendance)
            .AsSplitQuery();

    public static Task<CourseRun?> LoadRunAsync(this CoursesDbContext db, Guid runId, CancellationToken cancellationToken) =>
        db.RunsWithEnrolments().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);

    public static Task<List<CourseRun>> RunsWithOpenEnrolmentOfAsync(this CoursesDbContext db, Guid participantId, CancellationToken cancellationToken) =>
        db.RunsWithEnrolments()
            .Where(OpenEnrolmentOf(participantId))
            .ToListAsync(cancellationToken);

    /// <summary>Runs with a session still to hold that <paramref name="volunteerId"/> trains, at one facility or any.</summary>
    public static async Task<List<CourseRun>> RunsStillTrainedByAsync(
        this CoursesDbContext db, Guid volunteerId, string? facilityId, CancellationToken cancellationToken)
    {
        var runs = await db.CourseRuns
            .Include(r => r.Sessions)
            .Where(r => r.TrainerVolunteerIds.Contains(volunteerId) && (facilityId == null || r.FacilityId == facilityId))
            .ToListAsync(cancellationToken);
        return [.. runs.Where(r => !r.IsFinished)];
    }

    private static Expression<Func<CourseRun, bool>> OpenEnrolmentOf(Guid participantId) =>
        run => run.Enrolments.Any(e => e.ParticipantId == participantId && (e.Status == EnrolmentStatus.Waiting || e.Status == EnrolmentStatus.Enrolled));
}
