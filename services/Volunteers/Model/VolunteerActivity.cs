namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// Time a volunteer spent: logged by hand, or taken from a course session Courses reported. It carries
/// no notes on purpose: free text about a visit would end up holding participants' personal data.
/// </summary>
public sealed class VolunteerActivity
{
    private VolunteerActivity()
    {
    }

    public VolunteerActivity(Guid volunteerId, ActivityKind kind, DateOnly on, int minutes, string? sourceKey, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        VolunteerId = volunteerId;
        Kind = kind;
        On = on;
        Minutes = minutes;
        SourceKey = sourceKey;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public DateOnly On { get; private set; }

    public int Minutes { get; private set; }

    /// <summary>For activities taken from events (e.g. <c>session:{runId}:{number}</c>): unique, so a session is counted once.</summary>
    public string? SourceKey { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
