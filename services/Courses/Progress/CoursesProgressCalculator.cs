using HerstelWerk.Contracts.Courses;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Progress;

/// <summary>
/// The course figures of the charity's targets, counted from runs and enrolments. Every figure is
/// anonymous (counts of runs or of distinct participants), so erasure and consent withdrawal never change them.
/// </summary>
public sealed class CoursesProgressCalculator(CoursesDbContext db, ProgressTargets targets, BusinessClock clock) : IProgressCalculator
{
    public static readonly ProgressDefinition SosGroupRunsHeld = new("sosGroupRunsHeld", "Group SOS courses held",
        "Group SOS runs whose last session was held in the year.");

    public static readonly ProgressDefinition SosIndividualCompleted = new("sosIndividualCompleted", "Individual SOS courses completed",
        "Individual SOS enrolments completed (by the course's rule) in the year.");

    public static readonly ProgressDefinition BackToTheFutureParticipants = new("backToTheFutureParticipants", "Prisoners in Back to the Future",
        "Distinct participants who got a place in a Back to the Future run in the year.");

    public static readonly ProgressDefinition CaoParticipants = new("caoParticipants", "Prisoners in CAO",
        "Distinct participants who got a place in a CAO run (group or individual) in the year.");

    public static IReadOnlyList<ProgressDefinition> All { get; } = [SosGroupRunsHeld, SosIndividualCompleted, BackToTheFutureParticipants, CaoParticipants];

    public IReadOnlyList<ProgressDefinition> Definitions => All;

    public async Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var next = first.AddYears(1);
        var today = clock.Today;

        var groupRuns = (await db.CourseRuns.AsNoTracking()
                .Where(r => r.CourseTypeId == CourseTypeIds.SosGroup && r.Sessions.All(s => s.HeldOn != null))
                .Select(r => new { r.FacilityId, LastHeld = r.Sessions.Max(s => s.HeldOn)!.Value })
                .Where(r => r.LastHeld >= first && r.LastHeld < next)
                .ToListAsync(cancellationToken))
            .Select(r => new CountedRecord(r.FacilityId, r.LastHeld, Guid.Empty))
            .ToList();

        var enrolments = db.CourseRuns.AsNoTracking()
            .SelectMany(r => r.Enrolments, (r, e) => new { r.FacilityId, r.CourseTypeId, e.ParticipantId, e.Status, e.EnrolledAt, e.EndedOn });
        var completedIndividually = (await enrolments
                .Where(e => e.CourseTypeId == CourseTypeIds.SosIndividual && e.Status == EnrolmentStatus.Completed && e.EndedOn >= first && e.EndedOn < next)
                .ToListAsync(cancellationToken))
            .Select(e => new CountedRecord(e.FacilityId, e.EndedOn!.Value, e.ParticipantId))
            .ToList();

        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var placed = (await enrolments
                .Where(e => (e.CourseTypeId == CourseTypeIds.BackToTheFuture || e.CourseTypeId == CourseTypeIds.Cao) && e.EnrolledAt >= from && e.EnrolledAt < from.AddYears(1))
                .ToListAsync(cancellationToken))
            .Select(e => (e.CourseTypeId, Record: new CountedRecord(e.FacilityId, DateOnly.FromDateTime(e.EnrolledAt!.Value.UtcDateTime), e.ParticipantId)))
            .ToList();

        ProgressFigure Figure(ProgressDefinition definition, IReadOnlyCollection<CountedRecord> records, Func<IReadOnlyCollection<CountedRecord>, double?> value) =>
            ProgressFigures.Of(definition, year, targets.For(year, definition.Id), records, r => r.CountsOn, r => r.FacilityId, value, today);

        return new ProgressReport(year,
        [
            Figure(SosGroupRunsHeld, groupRuns, Count),
            Figure(SosIndividualCompleted, completedIndividually, Count),
            Figure(BackToTheFutureParticipants, [.. placed.Where(p => p.CourseTypeId == CourseTypeIds.BackToTheFuture).Select(p => p.Record)], DistinctParticipants),
            Figure(CaoParticipants, [.. placed.Where(p => p.CourseTypeId == CourseTypeIds.Cao).Select(p => p.Record)], DistinctParticipants),
        ]);
    }

    private static double? Count(IReadOnlyCollection<CountedRecord> records) => records.Count;

    private static double? DistinctParticipants(IReadOnlyCollection<CountedRecord> records) => records.Select(r => r.ParticipantId).Distinct().Count();
}
