namespace HerstelWerk.Courses.Model;

/// <summary>One planned session of a run; once held, attendance is recorded for it.</summary>
public sealed class CourseSession
{
    private CourseSession()
    {
    }

    internal CourseSession(int number, DateOnly scheduledOn)
    {
        Number = number;
        ScheduledOn = scheduledOn;
    }

    public long Id { get; private set; }

    public Guid CourseRunId { get; private set; }

    /// <summary>1-based position in the run.</summary>
    public int Number { get; private set; }

    public DateOnly ScheduledOn { get; private set; }

    /// <summary>Set when the session took place and attendance was recorded.</summary>
    public DateOnly? HeldOn { get; private set; }

    internal void MarkHeld(DateOnly on) => HeldOn = on;
}
