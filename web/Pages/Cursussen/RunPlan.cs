namespace HerstelWerk.Web.Pages.Cursussen;

/// <summary>
/// The planning form's state: a course, a PI, a capacity and the sessions, made from a first date, a
/// count and the days between them. Courses decides whether that fits the course; the form only asks.
/// </summary>
public sealed class RunPlan
{
    public string? CourseTypeId { get; set; }

    public string? FacilityId { get; set; }

    public string? Format { get; set; }

    public int? Capacity { get; set; } = 12;

    public DateOnly? FirstSession { get; set; }

    public int SessionCount { get; set; } = 8;

    public int DaysBetween { get; set; } = 7;

    public IReadOnlyList<DateOnly> Sessions =>
        FirstSession is { } first ? [.. Enumerable.Range(0, Math.Clamp(SessionCount, 0, 100)).Select(n => first.AddDays(n * DaysBetween))] : [];

    public Gateway.ScheduleRunRequest ToRequest() =>
        new(CourseTypeId, FacilityId, string.IsNullOrEmpty(Format) ? null : Format, Capacity, Sessions);
}
