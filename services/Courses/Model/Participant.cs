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

    /// <summary>Null once erased.</summary>
    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>The prison's registration number, if known. Null once erased.</summary>
    public string? PrisonNumber { get; private set; }

    /// <summary>The language to contact the participant in (ISO 639-1, e.g. "nl"). Null once erased.</summary>
    public string? ContactLanguage { get; private set; }

    /// <summary>Kept after erasure: anonymous counts per group need it, and without a name it identifies no one.</summary>
    public ParticipantGroup Group { get; private set; }

    /// <summary>Where the participant is held now. Null once erased.</summary>
    public string? FacilityId { get; private set; }

    /// <summary>Null once erased.</summary>
    public DateOnly? ExpectedReleaseDate { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>Grows with every change; events carry it so consumers can drop stale ones. Also the concurrency token.</summary>
    public int Revision { get; private set; }

    public static Participant Register(Intake intake, DateTimeOffset now) =>
        new()
        {
            // Random rather than time-ordered: the id must not reveal when someone entered detention.
            Id = Guid.NewGuid(),
            FullName = intake.FullName.Trim(),
            DateOfBirth = intake.DateOfBirth,
            PrisonNumber = intake.PrisonNumber?.Trim(),
            ContactLanguage = intake.ContactLanguage,
            Group = intake.Group,
            FacilityId = intake.FacilityId,
            ExpectedReleaseDate = intake.ExpectedReleaseDate,
            RegisteredAt = now,
            Revision = 1,
        };

    /// <summary>Corrects the personal data staff keep; the pseudonymous id and the trajectory stay.</summary>
    public void UpdatePersonalData(string fullName, DateOnly dateOfBirth, string? prisonNumber, string contactLanguage)
    {
        EnsureNotErased();
        FullName = fullName.Trim();
        DateOfBirth = dateOfBirth;
        PrisonNumber = prisonNumber?.Trim();
        ContactLanguage = contactLanguage;
        Revision++;
    }

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
        DateOfBirth = null;
        PrisonNumber = null;
        ContactLanguage = null;
        FacilityId = null;
        ExpectedReleaseDate = null;
        ErasedAt = now;
        Revision++;
        return true;
    }

    private void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new ParticipantErasedException(Id);
        }
    }
}
