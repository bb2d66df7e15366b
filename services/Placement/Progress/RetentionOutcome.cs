namespace HerstelWerk.Placement.Progress;

/// <summary>A job whose retention date has passed and whose outcome is known: held on that date, or lost before it.</summary>
/// <param name="RetentionDate">The job start plus the retention months: the day the job counts on.</param>
public sealed record RetentionOutcome(JobStartRecord Job, DateOnly RetentionDate, bool Retained);
