namespace HerstelWerk.Placement.Model;

/// <summary>
/// When a job counts as lasting, and how often the scheduled check looks (configuration section
/// <c>Retention</c>). Six months is the charity's measure; it is configuration so a partner's
/// different measure needs no release.
/// </summary>
public sealed class RetentionPolicy
{
    public int Months { get; set; } = 6;

    /// <summary>How often the scheduled check looks for jobs whose months are up.</summary>
    public int CheckEveryMinutes { get; set; } = 60;

    /// <summary>The day the adviser is asked to confirm a job that started on <paramref name="startedOn"/>.</summary>
    public DateOnly DueOn(DateOnly startedOn) => startedOn.AddMonths(Months);
}
