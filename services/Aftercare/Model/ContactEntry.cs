namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// One contact in the log. The note is sensitive: only the trajectory's buddy and staff read it, it is
/// hidden once consent is withdrawn, and erasure removes it.
/// </summary>
public sealed class ContactEntry
{
    private ContactEntry()
    {
    }

    internal ContactEntry(Guid id, ContactParty party, Guid? employerId, DateOnly on, ContactChannel channel, bool reached, ContactAuthor author,
        string? note, DateTimeOffset recordedAt)
    {
        Id = id;
        Party = party;
        EmployerId = employerId;
        On = on;
        Channel = channel;
        Reached = reached;
        MadeByVolunteerId = author.VolunteerId;
        MadeBy = author.Subject;
        Note = note;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid TrajectoryId { get; private set; }

    public ContactParty Party { get; private set; }

    /// <summary>For employer contacts: the employer's id in Placement.</summary>
    public Guid? EmployerId { get; private set; }

    public DateOnly On { get; private set; }

    public ContactChannel Channel { get; private set; }

    /// <summary>Whether the person was reached; only a reached participant counts for the contact rhythm.</summary>
    public bool Reached { get; private set; }

    /// <summary>The volunteer who made the contact, when a volunteer did.</summary>
    public Guid? MadeByVolunteerId { get; private set; }

    /// <summary>The token subject of whoever logged it.</summary>
    public string MadeBy { get; private set; } = string.Empty;

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal void EraseNote() => Note = null;
}
