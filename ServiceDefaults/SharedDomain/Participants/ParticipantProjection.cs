namespace HerstelWerk.SharedDomain.Participants;

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

    /// <summary>The facility's id in Courses' reference list (absent in registrations from before ids existed).</summary>
    public string? FacilityId { get; private set; }

    /// <summary>The actual release date, once Courses recorded it.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    /// <summary>Set when the participant withdrew consent: no new work may start for them.</summary>
    public DateOnly? ConsentWithdrawnOn { get; private set; }

    public DateOnly? ExpectedReleaseDate { get; private set; }

    /// <summary>The Courses revision this projection reflects; older events are ignored.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Set once the participant's data was erased; only the id remains.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>
    /// The registration, unless this projection already reflects the same or a later revision. A
    /// registration that arrives after a later event (a redelivery after a release, say) still fills
    /// in what no later event said: the facility and the expected release, never over newer facts,
    /// and never on an erased participant.
    /// </summary>
    public bool Register(int revision, string facility, string? facilityId, DateOnly expectedReleaseDate, DateTimeOffset occurredAt)
    {
        if (Apply(revision, occurredAt, () =>
            {
                Facility = facility;
                FacilityId = facilityId;
                ExpectedReleaseDate = expectedReleaseDate;
            }))
        {
            return true;
        }

        if (ErasedAt is not null || (Facility is not null && ExpectedReleaseDate is not null))
        {
            return false;
        }

        if (Facility is null)
        {
            Facility = facility;
            FacilityId = facilityId;
        }

        ExpectedReleaseDate ??= expectedReleaseDate;
        return true;
    }

    public bool Transfer(int revision, string facility, string facilityId, DateTimeOffset occurredAt) =>
        Apply(revision, occurredAt, () =>
        {
            Facility = facility;
            FacilityId = facilityId;
        });

    public bool Release(int revision, DateOnly releasedOn, DateTimeOffset occurredAt) =>
        Apply(revision, occurredAt, () => ReleasedOn = releasedOn);

    public bool WithdrawConsent(int revision, DateOnly withdrawnOn, DateTimeOffset occurredAt) =>
        Apply(revision, occurredAt, () => ConsentWithdrawnOn = withdrawnOn);

    /// <summary>
    /// Removes everything but the id. Also works before the registration arrived: the erased row's
    /// revision then makes the late registration stale, so it never brings the data back.
    /// </summary>
    public bool Erase(int revision, DateTimeOffset occurredAt) =>
        Apply(revision, occurredAt, () =>
        {
            Facility = null;
            FacilityId = null;
            ExpectedReleaseDate = null;
            ReleasedOn = null;
            ErasedAt = occurredAt;
        });

    /// <summary>
    /// Applies a change only when its revision is newer than what this projection holds, so a redelivered
    /// or late event never overwrites newer facts.
    /// </summary>
    private bool Apply(int revision, DateTimeOffset occurredAt, Action change)
    {
        if (revision <= Revision)
        {
            return false;
        }

        change();
        Revision = revision;
        UpdatedAt = occurredAt;
        return true;
    }
}
