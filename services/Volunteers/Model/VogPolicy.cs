namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// The organisation's re-check policy. A VOG has no legal expiry, so the charity decides how often to
/// ask for a new one (configuration section <c>Vog</c>).
/// </summary>
public sealed class VogPolicy
{
    /// <summary>Months between the last issued VOG and its re-check; 3 years by default.</summary>
    public int RecheckIntervalMonths { get; set; } = 36;

    /// <summary>How long before the re-check date a volunteer shows as "due soon".</summary>
    public int DueSoonDays { get; set; } = 60;

    /// <summary>How often the scheduler looks for re-checks falling due.</summary>
    public int CheckEveryMinutes { get; set; } = 60;

    public DateOnly DueOn(DateOnly lastIssuedOn) => lastIssuedOn.AddMonths(RecheckIntervalMonths);

    /// <summary>A VOG issued before this day is overdue on <paramref name="day"/>: for queries on the issue date.</summary>
    public DateOnly OverdueIfIssuedBefore(DateOnly day) => day.AddMonths(-RecheckIntervalMonths);

    /// <summary>A VOG issued on or before this day is at least due soon on <paramref name="day"/>.</summary>
    public DateOnly DueSoonIfIssuedBy(DateOnly day) => day.AddDays(DueSoonDays).AddMonths(-RecheckIntervalMonths);

    public VogStanding StandingOn(DateOnly? lastIssuedOn, DateOnly day) =>
        lastIssuedOn is not { } issued ? VogStanding.None
        : day > DueOn(issued) ? VogStanding.Overdue
        : day >= DueOn(issued).AddDays(-DueSoonDays) ? VogStanding.DueSoon
        : VogStanding.Valid;
}
