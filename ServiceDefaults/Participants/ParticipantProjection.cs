namespace HerstelWerk.ServiceDefaults.Participants;

/// <summary>
/// What a service that does not own participants knows of one: the pseudonymous id, where the
/// participant is held and the expected release. Names and other personal data stay in Courses.
/// </summary>
public sealed class ParticipantProjection
{
    private ParticipantProjection()
    {
    }

    public ParticipantProjection(Guid participantId)
    {
        ParticipantId = participantId;
    }

    public Guid ParticipantId { get; private set; }

    public string? Facility { get; private set; }

    public DateOnly? ExpectedReleaseDate { get; private set; }

    /// <summary>The Courses revision this projection reflects; older events are ignored.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Set once the participant's data was erased; only the id remains.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>Applies a change unless this projection already reflects the same or a later revision.</summary>
    public bool Apply(int revision, string facility, DateOnly expectedReleaseDate, DateTimeOffset occurredAt)
    {
        if (revision <= Revision)
        {
            return false;
        }

        Revision = revision;
        Facility = facility;
        ExpectedReleaseDate = expectedReleaseDate;
        UpdatedAt = occurredAt;
        return true;
    }

    /// <summary>
    /// Removes everything but the id. Also works before the registration arrived: the erased row's
    /// revision then makes the late registration stale, so it never brings the data back.
    /// </summary>
    public bool Erase(int revision, DateTimeOffset occurredAt)
    {
        if (revision <= Revision)
        {
            return false;
        }

        Revision = revision;
        Facility = null;
        ExpectedReleaseDate = null;
        UpdatedAt = occurredAt;
        ErasedAt = occurredAt;
        return true;
    }
}
