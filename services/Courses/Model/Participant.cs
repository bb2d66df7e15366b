namespace HerstelWerk.Courses.Model;

/// <summary>
/// A person in a HerstelWerk trajectory. Courses is the only service that knows who they are; every
/// other service and every partner sees only <see cref="Id"/>, a random pseudonymous id.
/// </summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Personal data (article 10 GDPR context): never logged, never put in an event. Null once erased.</summary>
    public string? FullName { get; private set; }

    /// <summary>Kept after erasure: anonymous counts per group need it, and without a name it identifies no one.</summary>
    public ParticipantGroup Group { get; private set; }

    /// <summary>Null once erased.</summary>
    public string? Facility { get; private set; }

    /// <summary>Null once erased.</summary>
    public DateOnly? ExpectedReleaseDate { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>Grows with every change; events carry it so consumers can drop stale ones.</summary>
    public int Revision { get; private set; }

    public static Participant Register(string fullName, ParticipantGroup group, string facility, DateOnly expectedReleaseDate, DateTimeOffset now) =>
        new()
        {
            // Random rather than time-ordered: the id must not reveal when someone entered detention.
            Id = Guid.NewGuid(),
            FullName = fullName.Trim(),
            Group = group,
            Facility = facility.Trim(),
            ExpectedReleaseDate = expectedReleaseDate,
            RegisteredAt = now,
            Revision = 1,
        };

    /// <summary>
    /// The right to erasure: removes every field that identifies the person or their detention and
    /// keeps the pseudonymous id, the group and the intake date, which anonymous counts need.
    /// Returns false when there was nothing left to erase.
    /// </summary>
    public bool Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return false;
        }

        FullName = null;
        Facility = null;
        ExpectedReleaseDate = null;
        ErasedAt = now;
        Revision++;
        return true;
    }
}
