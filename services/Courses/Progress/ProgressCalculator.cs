using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Courses.Progress;

/// <summary>
/// The 2026 targets' figures, counted from runs and enrolments. Every figure is anonymous (counts of
/// runs or of distinct participants), so erasure and consent withdrawal never change them.
/// </summary>
public sealed class ProgressCalculator(CoursesDbContext db, IOptionsMonitor<Dictionary<string, YearTargets>> targets)
{
    public const string SosGroupRule = "Group SOS runs whose last session was held in the year.";
    public const string SosIndividualRule = "Individual SOS enrolments completed (by the course's rule) in the year.";
    public const string BackToTheFutureRule = "Distinct participants who got a place in a Back to the Future run in the year.";
    public const string CaoRule = "Distinct participants who got a place in a CAO run (group or individual) in the year.";

    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var fromTime = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var toTime = fromTime.AddYears(1);
        var target = targets.CurrentValue.GetValueOrDefault(year.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? new YearTargets();

        var runsHeld = await db.CourseRuns.AsNoTracking()
            .Where(r => r.CourseTypeId == "sos-group" && r.Sessions.All(s => s.HeldOn != null))
            .Select(r => new { r.FacilityId, LastHeld = r.Sessions.Max(s => s.HeldOn) })
            .Where(r => r.LastHeld >= from && r.LastHeld < to)
            .GroupBy(r => r.FacilityId)
            .Select(g => new { Facility = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Facility, g => g.Count, cancellationToken);

        var enrolments = db.CourseRuns.AsNoTracking()
            .SelectMany(r => r.Enrolments, (r, e) => new { r.FacilityId, r.CourseTypeId, e.ParticipantId, e.Status, e.EnrolledAt, e.EndedOn });

        var individualCompleted = await enrolments
            .Where(e => e.CourseTypeId == "sos-individual" && e.Status == EnrolmentStatus.Completed && e.EndedOn >= from && e.EndedOn < to)
            .GroupBy(e => e.FacilityId)
            .Select(g => new { Facility = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Facility, g => g.Count, cancellationToken);

        async Task<(int Total, Dictionary<string, int> ByFacility)> ParticipantsAsync(string courseTypeId)
        {
            var placed = enrolments.Where(e => e.CourseTypeId == courseTypeId && e.EnrolledAt >= fromTime && e.EnrolledAt < toTime);
            var byFacility = await placed
                .GroupBy(e => e.FacilityId)
                .Select(g => new { Facility = g.Key, Count = g.Select(e => e.ParticipantId).Distinct().Count() })
                .ToDictionaryAsync(g => g.Facility, g => g.Count, cancellationToken);
            var total = await placed.Select(e => e.ParticipantId).Distinct().CountAsync(cancellationToken);
            return (total, byFacility);
        }

        var backToTheFuture = await ParticipantsAsync("back-to-the-future");
        var cao = await ParticipantsAsync("cao");
        return new ProgressReport(year,
        [
            new("sosGroupRunsHeld", SosGroupRule, target.SosGroupRunsHeld, runsHeld.Values.Sum(), runsHeld),
            new("sosIndividualCompleted", SosIndividualRule, target.SosIndividualCompleted, individualCompleted.Values.Sum(), individualCompleted),
            new("backToTheFutureParticipants", BackToTheFutureRule, target.BackToTheFutureParticipants, backToTheFuture.Total, backToTheFuture.ByFacility),
            new("caoParticipants", CaoRule, target.CaoParticipants, cao.Total, cao.ByFacility),
        ]);
    }
}
