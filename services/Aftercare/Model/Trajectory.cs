using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Aftercare;

namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// One participant's aftercare, from release until closed: the buddy, the contact log and its rhythm, the
/// five basic conditions and how it ended. Every change raises the events partners follow; the caller
/// stages them in the outbox with <see cref="TakeEvents"/>, so they commit with the change.
/// </summary>
public sealed class Trajectory
{
    public const string ConsentWithdrawnReason = "Consent withdrawn; processing stopped.";

    private readonly List<IIntegrationEvent> _events = [];

    private Trajectory()
    {
    }

    public Guid Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>The facility the participant was released from, for the per-facility figures; removed on erasure.</summary>
    public string? FacilityId { get; private set; }

    public DateOnly ReleasedOn { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly PlannedEndOn { get; private set; }

    public TrajectoryOrigin Origin { get; private set; }

    public Guid? BuddyVolunteerId { get; private set; }

    public Guid? BuddyAssignmentId { get; private set; }

    public DateOnly? BuddySince { get; private set; }

    /// <summary>The first day a participant contact reached them; the release-to-first-contact figure counts to it.</summary>
    public DateOnly? FirstContactOn { get; private set; }

    /// <summary>The newest day a participant contact reached them.</summary>
    public DateOnly? LastContactOn { get; private set; }

    /// <summary>The last day the next successful contact may take place under the rhythm.</summary>
    public DateOnly NextContactDueOn { get; private set; }

    /// <summary>The overdue period (by its first day) for which <c>AftercareContactOverdueV1</c> was raised, so it is raised once per period.</summary>
    public DateOnly? OverdueRaisedFor { get; private set; }

    /// <summary>How many overdue periods the trajectory has had.</summary>
    public int OverduePeriods { get; private set; }

    /// <summary>Set when the participant withdrew consent: nothing more is processed and notes are hidden.</summary>
    public DateOnly? ConsentWithdrawnOn { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public TrajectoryOutcome? Outcome { get; private set; }

    /// <summary>Free text; removed on erasure.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>Goes up with every change: the ETag and the concurrency token.</summary>
    public int Revision { get; private set; }

    public List<ContactEntry> Contacts { get; private set; } = [];

    public List<ConditionUpdate> ConditionUpdates { get; private set; } = [];

    public List<PlannedEndExtension> Extensions { get; private set; } = [];

    public bool IsOpen => ClosedOn is null;

    /// <summary>Open, and the rhythm's last day for a contact has passed by <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && today > NextContactDueOn;

    public DateOnly OverdueSince => NextContactDueOn.AddDays(1);

    public static Trajectory Open(Guid participantId, string? facilityId, DateOnly releasedOn, DateOnly startedOn, TrajectoryOrigin origin,
        AftercarePolicy policy, DateTimeOffset now)
    {
        if (startedOn < releasedOn)
        {
            throw new AftercareRuleException($"Aftercare starts at release ({releasedOn:yyyy-MM-dd}) or later, not on {startedOn:yyyy-MM-dd}.");
        }

        var trajectory = new Trajectory
        {
            Id = Guid.CreateVersion7(now),
            ParticipantId = participantId,
            FacilityId = facilityId,
            ReleasedOn = releasedOn,
            StartedOn = startedOn,
            PlannedEndOn = policy.PlannedEndFor(releasedOn),
            Origin = origin,
            NextContactDueOn = policy.NextContactDue(releasedOn, startedOn, null),
            Revision = 1,
        };
        trajectory.Raise(new AftercareStartedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, TrajectoryId = trajectory.Id, ParticipantId = participantId, StartedOn = startedOn,
        });
        return trajectory;
    }

    /// <summary>Links the buddy Volunteers assigned; the first open assignment stays linked until it ends.</summary>
    public bool LinkBuddy(Guid assignmentId, Guid volunteerId, DateOnly since)
    {
        if (!IsOpen || BuddyAssignmentId is not null)
        {
            return false;
        }

        BuddyAssignmentId = assignmentId;
        BuddyVolunteerId = volunteerId;
        BuddySince = since;
        Revision++;
        return true;
    }

    public bool UnlinkBuddy(Guid assignmentId)
    {
        if (BuddyAssignmentId != assignmentId)
        {
            return false;
        }

        BuddyAssignmentId = null;
        BuddyVolunteerId = null;
        BuddySince = null;
        Revision++;
        return true;
    }

    public ContactEntry LogContact(ContactParty party, Guid? employerId, DateOnly on, ContactChannel channel, bool reached, ContactAuthor author,
        string? note, AftercarePolicy policy, DateTimeOffset now)
    {
        EnsureProcessing();
        if (on < ReleasedOn)
        {
            throw new AftercareRuleException($"Aftercare contacts start at release ({ReleasedOn:yyyy-MM-dd}); {on:yyyy-MM-dd} is before it.");
        }

        if ((party == ContactParty.Employer) != (employerId is not null))
        {
            throw new ArgumentException("An employer contact names the employer; a participant contact does not.", nameof(employerId));
        }

        var entry = new ContactEntry(Guid.CreateVersion7(now), party, employerId, on, channel, reached, author, note, now);
        Contacts.Add(entry);
        if (party == ContactParty.Participant && reached)
        {
            FirstContactOn = FirstContactOn is { } first && first <= on ? first : on;
            LastContactOn = LastContactOn is { } last && last >= on ? last : on;
            NextContactDueOn = policy.NextContactDue(ReleasedOn, StartedOn, LastContactOn);
        }

        Revision++;
        return entry;
    }

    /// <summary>
    /// Raises <c>AftercareContactOverdueV1</c> once per overdue period: when the rhythm's last day has passed
    /// and no event was raised for this period yet. A successful contact starts a new period.
    /// </summary>
    public bool RaiseOverdueIfDue(DateOnly today, DateTimeOffset now)
    {
        if (!IsOverdueOn(today) || ConsentWithdrawnOn is not null || OverdueRaisedFor == OverdueSince)
        {
            return false;
        }

        OverdueRaisedFor = OverdueSince;
        OverduePeriods++;
        Revision++;
        Raise(new AftercareContactOverdueV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, TrajectoryId = Id, ParticipantId = ParticipantId,
            LastContactOn = LastContactOn, OverdueSince = OverdueSince,
        });
        return true;
    }

    public ConditionUpdate RecordCondition(BasicCondition condition, ConditionStatus status, DateOnly on, DateTimeOffset now)
    {
        EnsureProcessing();
        if (status == ConditionStatus.Unknown)
        {
            throw new AftercareRuleException("Record where the condition stands: NotArranged, InProgress or Arranged.");
        }

        var update = new ConditionUpdate(Guid.CreateVersion7(now), condition, status, on, now);
        ConditionUpdates.Add(update);
        Revision++;
        return update;
    }

    /// <summary>Where each of the five basic conditions stands, with its dated history; Unknown when nothing was recorded.</summary>
    public IReadOnlyList<(BasicCondition Condition, ConditionStatus Status, DateOnly? Since, IReadOnlyList<ConditionUpdate> History)> Checklist() =>
        [.. Enum.GetValues<BasicCondition>().Select(condition =>
        {
            IReadOnlyList<ConditionUpdate> history = [.. ConditionUpdates.Where(u => u.Condition == condition).OrderBy(u => u.On).ThenBy(u => u.RecordedAt)];
            return history.Count == 0
                ? (condition, ConditionStatus.Unknown, (DateOnly?)null, history)
                : (condition, history[^1].Status, history[^1].On, history);
        })];

    public void ExtendPlannedEnd(DateOnly to, string reason, DateTimeOffset now)
    {
        EnsureProcessing();
        if (to <= PlannedEndOn)
        {
            throw new AftercareRuleException($"An extension moves the planned end later than {PlannedEndOn:yyyy-MM-dd}.");
        }

        Extensions.Add(new PlannedEndExtension(Guid.CreateVersion7(now), PlannedEndOn, to, reason, now));
        PlannedEndOn = to;
        Revision++;
    }

    /// <summary>
    /// Closes the trajectory. Completed only once the minimum months after release have passed; any close
    /// before the planned end needs a reason. Publishes <c>AftercareClosedV1</c> with Completed or EndedEarly only.
    /// </summary>
    public void Close(TrajectoryOutcome outcome, DateOnly on, string? reason, AftercarePolicy policy, DateTimeOffset now)
    {
        EnsureProcessing();
        if (on < StartedOn)
        {
            throw new AftercareRuleException($"The trajectory started on {StartedOn:yyyy-MM-dd}; it cannot close before that.");
        }

        if (outcome == TrajectoryOutcome.Completed && on < policy.EarliestCompletionFor(ReleasedOn))
        {
            throw new AftercareRuleException(
                $"Aftercare lasts at least {policy.MinimumMonthsBeforeCompleted} months after release: it can be completed from {policy.EarliestCompletionFor(ReleasedOn):yyyy-MM-dd}, not on {on:yyyy-MM-dd}.");
        }

        if (on < PlannedEndOn && string.IsNullOrWhiteSpace(reason))
        {
            throw new AftercareRuleException($"Closing before the planned end ({PlannedEndOn:yyyy-MM-dd}) needs a reason.");
        }

        CloseAs(outcome, on, reason, now);
    }

    /// <summary>
    /// Consent withdrawn: processing stops at once. An open trajectory closes as Declined (the participant
    /// no longer wants it), so Volunteers stops looking for a buddy; notes are hidden from then on.
    /// </summary>
    public bool StopForWithdrawnConsent(DateOnly withdrawnOn, DateTimeOffset now)
    {
        if (ConsentWithdrawnOn is not null)
        {
            return false;
        }

        ConsentWithdrawnOn = withdrawnOn;
        if (IsOpen)
        {
            CloseAs(TrajectoryOutcome.Declined, withdrawnOn < StartedOn ? StartedOn : withdrawnOn, ConsentWithdrawnReason, now);
        }
        else
        {
            Revision++;
        }

        return true;
    }

    /// <summary>
    /// Courses erased the participant: notes, reasons and the facility go. Dates and the outcome stay, as
    /// Courses keeps the intake date, so the anonymous figures do not change.
    /// </summary>
    public bool ErasePersonalData(DateTimeOffset erasedAt)
    {
        if (ErasedAt is not null)
        {
            return false;
        }

        ErasedAt = erasedAt;
        FacilityId = null;
        CloseReason = null;
        Contacts.ForEach(c => c.EraseNote());
        Extensions.ForEach(e => e.Erase());
        Revision++;
        return true;
    }

    /// <summary>The events raised since the last call, for the caller to stage in the outbox.</summary>
    public IReadOnlyList<IIntegrationEvent> TakeEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    private void CloseAs(TrajectoryOutcome outcome, DateOnly on, string? reason, DateTimeOffset now)
    {
        ClosedOn = on;
        Outcome = outcome;
        CloseReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Revision++;
        Raise(new AftercareClosedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, TrajectoryId = Id, ParticipantId = ParticipantId, ClosedOn = on,
            Outcome = outcome == TrajectoryOutcome.Completed ? "Completed" : "EndedEarly",
        });
    }

    private void EnsureProcessing()
    {
        if (ErasedAt is not null || ConsentWithdrawnOn is not null)
        {
            throw new AftercareRuleException("The participant withdrew consent or was erased; nothing more is processed for them.");
        }

        if (!IsOpen)
        {
            throw new AftercareRuleException($"The trajectory closed on {ClosedOn:yyyy-MM-dd} as {Outcome}; it no longer changes.");
        }
    }

    private void Raise(IIntegrationEvent integrationEvent) => _events.Add(integrationEvent);
}
