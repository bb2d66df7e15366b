using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// One participant's aftercare, from release until closed: the buddy, the contact log and its rhythm, the
/// five basic conditions and how it ended. Every change raises the events partners follow; the save
/// collects them into the outbox, so they commit with the change and no caller can forget them.
/// </summary>
public sealed partial class Trajectory : Aggregate, IParticipantRecord
{
    public const string ConsentWithdrawnReason = "Consent withdrawn; processing stopped.";

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

    /// <summary>A coordinator opens aftercare by hand, for a participant Courses registered; never for one who withdrew consent or was erased.</summary>
    public static Trajectory OpenByCoordinator(ParticipantProjection participant, DateOnly releasedOn, DateOnly startedOn, AftercarePolicy policy, DateTimeOffset now)
    {
        if (participant.ConsentWithdrawnOn is not null || participant.ErasedAt is not null)
        {
            throw new AftercareRuleException("The participant withdrew consent or was erased; no aftercare starts for them.");
        }

        return Open(participant.ParticipantId, participant.FacilityId, releasedOn, startedOn, TrajectoryOrigin.Coordinator, policy, now);
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
}
