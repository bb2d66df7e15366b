namespace HerstelWerk.Courses.Model;

/// <summary>
/// A course as it happens at one facility: a start date, a schedule of sessions, a capacity and the
/// volunteer trainers who give it. Enrolments and attendance hang off it.
/// </summary>
public sealed class CourseRun
{
    private CourseRun()
    {
    }

    public Guid Id { get; private set; }

    public string CourseTypeId { get; private set; } = string.Empty;

    public string FacilityId { get; private set; } = string.Empty;

    public CourseFormat Format { get; private set; }

    public int Capacity { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public List<CourseSession> Sessions { get; private set; } = [];

    /// <summary>Grows with every change; the concurrency token.</summary>
    public int Revision { get; private set; }

    public static CourseRun Schedule(CourseType type, string facilityId, CourseFormat format, int capacity, IReadOnlyList<DateOnly> sessionDates, DateTimeOffset now)
    {
        if (!type.Allows(format))
        {
            throw new CourseRuleException($"{type.Name} is given as {type.OnlyFormat} only.");
        }

        var largest = format == CourseFormat.Individual ? 1 : type.MaximumGroupSize;
        if (capacity < 1 || capacity > largest)
        {
            throw new CourseRuleException($"A {format.ToString().ToLowerInvariant()} run of {type.Name} takes 1 to {largest} participants.");
        }

        if (!type.AllowsSessionCount(sessionDates.Count))
        {
            throw new CourseRuleException(type.MaximumSessions == type.MinimumSessions
                ? $"{type.Name} has exactly {type.MinimumSessions} sessions."
                : $"{type.Name} has at least {type.MinimumSessions} sessions{(type.MaximumSessions is { } max ? $" and at most {max}" : string.Empty)}.");
        }

        if (sessionDates.Zip(sessionDates.Skip(1)).Any(pair => pair.Second < pair.First))
        {
            throw new CourseRuleException("Sessions are listed in date order.");
        }

        var run = new CourseRun
        {
            Id = Guid.CreateVersion7(now),
            CourseTypeId = type.Id,
            FacilityId = facilityId,
            Format = format,
            Capacity = capacity,
            StartsOn = sessionDates[0],
            ScheduledAt = now,
            Revision = 1,
        };
        run.Sessions.AddRange(sessionDates.Select((date, index) => new CourseSession(index + 1, date)));
        return run;
    }
}
