namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// The promise in numbers, from configuration (section <c>Aftercare</c>): how long aftercare is planned
/// for, the minimum before it may count as completed, and the contact rhythm.
/// </summary>
public sealed class AftercarePolicy
{
    /// <summary>The planned end is the release date plus this many months.</summary>
    public int PlannedMonths { get; set; } = 6;

    /// <summary>A trajectory may be closed as completed only this many months after release.</summary>
    public int MinimumMonthsBeforeCompleted { get; set; } = 6;

    /// <summary>The first months after release, when contact is most frequent.</summary>
    public int IntensiveMonths { get; set; } = 3;

    /// <summary>Most days between successful contacts in the intensive months.</summary>
    public int IntensiveMaxDaysBetweenContacts { get; set; } = 14;

    /// <summary>Most days between successful contacts after the intensive months.</summary>
    public int MaxDaysBetweenContacts { get; set; } = 28;

    /// <summary>How often the overdue check runs.</summary>
    public int CheckEveryMinutes { get; set; } = 60;

    public bool IsValid =>
        PlannedMonths is >= 1 and <= 36 && MinimumMonthsBeforeCompleted is >= 0 and <= 36 && IntensiveMonths is >= 0 and <= 36
        && IntensiveMaxDaysBetweenContacts is >= 1 and <= 365 && MaxDaysBetweenContacts is >= 1 and <= 365 && CheckEveryMinutes > 0;

    public DateOnly PlannedEndFor(DateOnly releasedOn) => releasedOn.AddMonths(PlannedMonths);

    public DateOnly EarliestCompletionFor(DateOnly releasedOn) => releasedOn.AddMonths(MinimumMonthsBeforeCompleted);

    /// <summary>
    /// The last day the next successful contact may take place: counted from the last successful contact
    /// (or the start, before any), with the rhythm of the phase that contact fell in. Counting with the
    /// phase of the anchor keeps the date from jumping back when the intensive months end.
    /// </summary>
    public DateOnly NextContactDue(DateOnly releasedOn, DateOnly startedOn, DateOnly? lastContactOn)
    {
        var anchor = lastContactOn is { } last && last > startedOn ? last : startedOn;
        var days = anchor < releasedOn.AddMonths(IntensiveMonths) ? IntensiveMaxDaysBetweenContacts : MaxDaysBetweenContacts;
        return anchor.AddDays(days);
    }
}
