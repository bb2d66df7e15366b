using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Courses.Model;

/// <summary>
/// A person in a HerstelWerk trajectory. Courses is the only service that knows who they are; every
/// other service and every partner sees only <see cref="Id"/>, a random pseudonymous id. Each change the
/// others must know of raises its event (see <see cref="ParticipantEvents"/>), which the save publishes.
/// </summary>
public sealed class Participant : Aggregate, IParticipantRecord
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

    public ParticipantStatus Status { get; private set; }

    /// <summary>The actual release date, once recorded.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    /// <summary>Every stay, oldest first; the last one without an end is the current facility.</summary>
    public List<ParticipantLocation> Locations { get; private set; } = [];

    /// <summary>Every status the participant had, oldest first.</summary>
    public List<ParticipantStatusChange> StatusHistory { get; private set; } = [];

    /// <summary>Every consent recorded, withdrawn ones included.</summary>
    public List<Consent> Consents { get; private set; } = [];

    /// <summary>Set when the participant withdrew consent: processing has stopped since.</summary>
    public DateOnly? ConsentWithdrawnOn { get; private set; }

    public bool HasConsent(ConsentPurpose purpose) => ConsentWithdrawnOn is null && Consents.Any(c => c.Purpose == purpose && c.IsActive);

    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>Grows with every change; events carry it so consumers can drop stale ones. Also the concurrency token.</summary>
    public int Revision { get; private set; }

    Guid IParticipantRecord.ParticipantId => Id;

    /// <summary>
    /// Intake: the participant joins, held at <paramref name="facility"/> since the day their current stay
    /// began (today unless staff know it began earlier: someone held since 2024 may join today), with the
    /// consents recorded at the same moment.
    /// </summary>
    public static Participant Register(Intake intake, Facility facility, string recordedBy, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var stayBegan = intake.CurrentStayBeganOn ?? today;
        EnsureNotInFuture(stayBegan, now, "The start of the current stay");
        var participant = new Participant
        {
            // Random rather than time-ordered: the id must not reveal when someone entered detention.
            Id = Guid.NewGuid(),
            FullName = intake.FullName.Trim(),
            DateOfBirth = intake.DateOfBirth,
            PrisonNumber = intake.PrisonNumber?.Trim(),
            ContactLanguage = intake.ContactLanguage,
            Group = intake.Group,
            FacilityId = facility.Id,
            ExpectedReleaseDate = intake.ExpectedReleaseDate,
            RegisteredAt = now,
            Revision = 1,
        };
        participant.Locations.Add(new ParticipantLocation(facility.Id, stayBegan));
        participant.ChangeStatus(ParticipantStatus.Registered, today, now);
        foreach (var (purpose, givenOn) in intake.Consents)
        {
            participant.AddConsent(purpose, givenOn, recordedBy, now);
        }

        // First whether partners may follow the participant (the partner door decides by it), then the registration.
        participant.Raise(participant.PartnerSharingChanged(now));
        participant.Raise(participant.Registered(facility, now));
        return participant;
    }

    /// <summary>The participant moved to <paramref name="to"/> on <paramref name="on"/>; the location history keeps both stays.</summary>
    public void Transfer(Facility to, DateOnly on, DateTimeOffset now)
    {
        EnsureProcessingAllowed();
        EnsureHeld("transferred");
        var current = CurrentLocation;
        if (current.FacilityId == to.Id)
        {
            throw new ParticipantRuleException($"The participant is already at {to.Id}.");
        }

        EnsureOnOrAfter(on, current.From, "A transfer");
        EnsureNotInFuture(on, now, "A transfer");
        current.End(on);
        Locations.Add(new ParticipantLocation(to.Id, on));
        FacilityId = to.Id;
        Revision++;
        Raise(this.Transferred(current.FacilityId, to, on, now));
    }

    /// <summary>The participant was released on <paramref name="on"/>; their stay ends and aftercare can begin.</summary>
    public void Release(DateOnly on, DateTimeOffset now)
    {
        EnsureProcessingAllowed();
        EnsureHeld("released");
        EnsureOnOrAfter(on, CurrentLocation.From, "A release");
        EnsureNotInFuture(on, now, "A release");
        CurrentLocation.End(on);
        ReleasedOn = on;
        ChangeStatus(ParticipantStatus.Released, on, now);
        Revision++;
        Raise(this.Released(now));
    }

    /// <summary>Taking part in a course makes a registered participant active.</summary>
    public void MarkActive(DateTimeOffset now)
    {
        if (Status == ParticipantStatus.Registered)
        {
            ChangeStatus(ParticipantStatus.Active, DateOnly.FromDateTime(now.UtcDateTime), now);
            Revision++;
        }
    }

    /// <summary>
    /// The status that held on <paramref name="date"/>, or null before anything was recorded for it. Of the
    /// changes in effect by then, the last one recorded holds: a release recorded after a late intake, but
    /// dated before it, still says the participant was released.
    /// </summary>
    public ParticipantStatusChange? StatusOn(DateOnly date) =>
        StatusHistory.Where(change => change.EffectiveOn <= date).OrderBy(change => change.RecordedAt).ThenBy(change => change.EffectiveOn).LastOrDefault();

    private ParticipantLocation CurrentLocation =>
        Locations.SingleOrDefault(location => location.Until is null)
        ?? throw new ParticipantRuleException("The participant is not held at any facility.");

    private void ChangeStatus(ParticipantStatus status, DateOnly on, DateTimeOffset now)
    {
        Status = status;
        StatusHistory.Add(new ParticipantStatusChange(status, on, now));
    }

    private void EnsureHeld(string action)
    {
        if (Status is ParticipantStatus.Released or ParticipantStatus.Closed)
        {
            throw new ParticipantRuleException($"A {Status.ToString().ToLowerInvariant()} participant cannot be {action}.");
        }
    }

    private static void EnsureOnOrAfter(DateOnly on, DateOnly earliest, string what)
    {
        if (on < earliest)
        {
            throw new ParticipantRuleException($"{what} cannot be dated before {earliest:yyyy-MM-dd}, when the current stay began.");
        }
    }

    private static void EnsureNotInFuture(DateOnly on, DateTimeOffset now, string what)
    {
        if (on > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new ParticipantRuleException($"{what} is recorded when it happened, not before.");
        }
    }

    /// <summary>Records a consent the participant gave; giving it again for the same purpose changes nothing.</summary>
    public bool RecordConsent(ConsentPurpose purpose, DateOnly givenOn, string recordedBy, DateTimeOffset now)
    {
        EnsureProcessingAllowed();
        if (HasConsent(purpose))
        {
            return false;
        }

        AddConsent(purpose, givenOn, recordedBy, now);
        Revision++;
        if (purpose == ConsentPurpose.PartnerSharing)
        {
            Raise(this.PartnerSharingChanged(now));
        }

        return true;
    }

    private void AddConsent(ConsentPurpose purpose, DateOnly givenOn, string recordedBy, DateTimeOffset now)
    {
        EnsureNotInFuture(givenOn, now, "A consent");
        if (!HasConsent(purpose))
        {
            Consents.Add(new Consent(purpose, givenOn, recordedBy, now));
        }
    }

    /// <summary>
    /// The participant withdrew consent: every consent ends, processing stops and the status becomes
    /// Closed. The pseudonymous record and its history stay, so anonymous counts remain right.
    /// </summary>
    public void WithdrawConsent(DateOnly on, string recordedBy, DateTimeOffset now)
    {
        EnsureProcessingAllowed();
        EnsureNotInFuture(on, now, "A withdrawal");
        foreach (var consent in Consents.Where(c => c.IsActive))
        {
            consent.Withdraw(on, recordedBy);
        }

        ConsentWithdrawnOn = on;
        ChangeStatus(ParticipantStatus.Closed, on, now);
        Revision++;
        Raise(this.PartnerSharingChanged(now));
        Raise(this.ConsentWithdrawn(now));
    }

    /// <summary>Corrects the personal data staff keep; the pseudonymous id and the trajectory stay.</summary>
    public void UpdatePersonalData(string fullName, DateOnly dateOfBirth, string? prisonNumber, string contactLanguage)
    {
        EnsureProcessingAllowed();
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
        // Where someone was held is detention data too; the status history (counts) stays.
        Locations.Clear();
        ErasedAt = now;
        Revision++;
        Raise(this.Erased(now));
        return true;
    }

    /// <summary>Nothing changes after an erasure, or after consent was withdrawn (erasure itself still can).</summary>
    private void EnsureProcessingAllowed()
    {
        if (IsErased)
        {
            throw new ParticipantErasedException(Id);
        }

        if (ConsentWithdrawnOn is { } withdrawn)
        {
            throw new ParticipantRuleException($"The participant withdrew consent on {withdrawn:yyyy-MM-dd}; their record is no longer processed.");
        }
    }
}
