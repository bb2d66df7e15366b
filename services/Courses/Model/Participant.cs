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

    /// <summary>Personal data (article 10 GDPR context): never logged, never put in an event.</summary>
    public string FullName { get; private set; } = string.Empty;

    public ParticipantGroup Group { get; private set; }

    public string Facility { get; private set; } = string.Empty;

    public DateOnly ExpectedReleaseDate { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

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
}
