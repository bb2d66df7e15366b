namespace HerstelWerk.ServiceDefaults;

/// <summary>
/// The business date every rule decides with: "today" for a release or a contact, "six months have
/// passed", "the VOG re-check is overdue", and what the scheduled jobs count as due. It is apart from the
/// <see cref="TimeProvider"/> the outbox, inbox and retention run on, so the date can move without
/// disturbing message delivery: a test gives the clock a fake time, and in Development an admin may move
/// it ahead (<see cref="MoveTo"/>) to walk months of aftercare in a demo. Outside Development it is the
/// system's date and cannot move.
/// </summary>
public class BusinessClock(TimeProvider time, bool movable = false, TimeSpan initialOffset = default)
{
    private long _offsetTicks = movable ? initialOffset.Ticks : 0;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public DateTimeOffset Now => time.GetUtcNow() + Offset;

    /// <summary>How far the business date runs ahead of (or behind) the system's; zero outside Development.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Whether the date may move: only in Development.</summary>
    public bool IsMovable { get; } = movable;

    /// <summary>Moves the business date to <paramref name="today"/> (Development only), keeping the time of day.</summary>
    public void MoveTo(DateOnly today)
    {
        if (!IsMovable)
        {
            throw new InvalidOperationException("The business date moves only in Development.");
        }

        var systemToday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Interlocked.Exchange(ref _offsetTicks, TimeSpan.FromDays(today.DayNumber - systemToday.DayNumber).Ticks);
    }
}
