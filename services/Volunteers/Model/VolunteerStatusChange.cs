namespace HerstelWerk.Volunteers.Model;

/// <summary>One dated step in a volunteer's lifecycle; together they tell which status held on any day.</summary>
public sealed class VolunteerStatusChange
{
    private VolunteerStatusChange()
    {
    }

    internal VolunteerStatusChange(VolunteerStatus status, DateOnly since, DateTimeOffset recordedAt)
    {
        Status = status;
        Since = since;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    public VolunteerStatus Status { get; private set; }

    public DateOnly Since { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
