using HerstelWerk.Messaging.Events;

namespace HerstelWerk.Courses.Model;

/// <summary>
/// A course as it happens at one facility: a start date, a schedule of sessions, a capacity and the
/// volunteer trainers who give it. Enrolments and attendance hang off it. Each change the others must
/// know of raises its event (see <see cref="CourseRunEvents"/>), which the save publishes.
/// </summary>
public sealed class CourseRun : Aggregate
{
    private CourseRun()
    {
    }

    public Guid Id { get; private set; }

    public string CourseTypeId { get; private set; } = string.Empty;

    public string FacilityId { get; private set; } = string.Empty;

    public CourseFormat Format { get; private set; }

    public int Capacity { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public List<CourseSession> Sessions { get; private set; } = [];

    public List<Enrolment> Enrolments { get; private set; } = [];

    /// <summary>The volunteers who give this run; each was checked against what Volunteers reports.</summary>
    public List<Guid> TrainerVolunteerIds { get; private set; } = [];

    /// <summary>Places taken; the waiting list starts when this reaches <see cref="Capacity"/>.</summary>
    public int Occupied => Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled);

    /// <summary>A run is finished once every session was held; its enrolments are then decided.</summary>
    public bool IsFinished => Sessions.Count > 0 && Sessions.All(session => session.HeldOn is not null);

    /// <summary>Grows with every change; the concurrency token.</summary>
    public int Revision { get; private set; }

    public static CourseRun Schedule(CourseType type, string facilityId, CourseFormat format, int capacity, IReadOnlyList<DateOnly> sessionDates, DateTimeOffset now)
    {
        if (!type.Allows(format))
        {
            throw new CourseRuleException($"{type.Name} is given as {type.OnlyFormat} only.");
        }

        var largest = format == CourseFormat.Individual ? 1 : type.MaximumGroupSize;
        if (capacity < 1 || capacity > largest)
        {
            throw new CourseRuleException($"A {format.ToString().ToLowerInvariant()} run of {type.Name} takes 1 to {largest} participants.");
        }

        if (!type.AllowsSessionCount(sessionDates.Count))
        {
            throw new CourseRuleException(type.MaximumSessions == type.MinimumSessions
                ? $"{type.Name} has exactly {type.MinimumSessions} sessions."
                : $"{type.Name} has at least {type.MinimumSessions} sessions{(type.MaximumSessions is { } max ? $" and at most {max}" : string.Empty)}.");
        }

        if (sessionDates.Zip(sessionDates.Skip(1)).Any(pair => pair.Second < pair.First))
        {
            throw new CourseRuleException("Sessions are listed in date order.");
        }

        var run = new CourseRun
        {
            Id = Guid.CreateVersion7(now),
            CourseTypeId = type.Id,
            FacilityId = facilityId,
            Format = format,
            Capacity = capacity,
            StartsOn = sessionDates[0],
            ScheduledAt = now,
            Revision = 1,
        };
        run.Sessions.AddRange(sessionDates.Select((date, index) => new CourseSession(index + 1, date)));
        run.Raise(run.Scheduled(type, now));
        return run;
    }

    /// <summary>
    /// Adds a trainer whom Volunteers reports as active, admitted to this run's facility and trained for
    /// the course; <paramref name="eligibility"/> is null when Volunteers has reported nothing about them.
    /// Assigning someone twice changes nothing.
    /// </summary>
    public void AssignTrainer(Guid volunteerId, VolunteerEligibility? eligibility, CourseType type, DateTimeOffset now)
    {
        if (TrainerVolunteerIds.Contains(volunteerId))
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var reason = eligibility is null ? "Volunteers has reported nothing about this volunteer." : eligibility.WhyNotTrainer(FacilityId, type.TrainerRole, today);
        if (reason is not null)
        {
            throw new CourseRuleException($"The volunteer cannot train this run: {reason}");
        }

        TrainerVolunteerIds.Add(volunteerId);
        Revision++;
        Raise(this.TrainersChanged(now));
    }

    /// <summary>Takes a trainer off the run; one who was not on it changes nothing.</summary>
    public void RemoveTrainer(Guid volunteerId, DateTimeOffset now)
    {
        if (TrainerVolunteerIds.Remove(volunteerId))
        {
            Revision++;
            Raise(this.TrainersChanged(now));
        }
    }

    /// <summary>
    /// Gives the participant a place, or a place on the waiting list when the run is full. Refused for a
    /// participant held elsewhere, without consent to participate, or already enrolled or waiting. A place
    /// makes a registered participant active.
    /// </summary>
    public Enrolment Enrol(Participant participant, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new CourseRuleException("The run has finished; it takes no new participants.");
        }

        if (participant.FacilityId != FacilityId)
        {
            throw new CourseRuleException($"The participant is not held at {FacilityId}, where this run takes place.");
        }

        if (!participant.HasConsent(ConsentPurpose.Participation))
        {
            throw new CourseRuleException("The participant has no recorded consent to take part.");
        }

        if (Enrolments.Any(e => e.ParticipantId == participant.Id && e.IsOpen))
        {
            throw new CourseRuleException("The participant is already enrolled in or waiting for this run.");
        }

        var enrolment = new Enrolment(participant.Id, Occupied < Capacity ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting, now);
        Enrolments.Add(enrolment);
        Revision++;
        if (enrolment.Status == EnrolmentStatus.Enrolled)
        {
            participant.MarkActive(now);
            Raise(this.Enrolled(enrolment, now));
        }

        return enrolment;
    }

    /// <summary>Ends a participant's open enrolment early; a freed place goes to the longest-waiting participant.</summary>
    /// <returns>
    /// The ended enrolment, and the enrolments that moved up from the waiting list, whose participants
    /// become active (<see cref="Participant.MarkActive"/>; the caller holds them).
    /// </returns>
    public (Enrolment Ended, IReadOnlyList<Enrolment> Promoted) EndEnrolment(Guid participantId, EndReason reason, DateOnly on, DateTimeOffset now)
    {
        var enrolment = Enrolments.SingleOrDefault(e => e.ParticipantId == participantId && e.IsOpen)
            ?? throw new CourseRuleException("The participant has no open enrolment in this run.");
        enrolment.End(reason, on);
        Revision++;
        Raise(this.Outcome(enrolment, now));
        var promoted = IsFinished ? [] : PromoteWaiting(now);
        foreach (var moved in promoted)
        {
            Raise(this.Enrolled(moved, now));
        }

        return (enrolment, promoted);
    }

    /// <summary>
    /// Records that a session took place and who attended. Every enrolled participant is listed, and
    /// only they. After the last session, each enrolment is decided by the course's completion rule.
    /// </summary>
    public SessionOutcome RecordSession(int number, DateOnly heldOn, IReadOnlyDictionary<Guid, Presence> attendance, CourseType type, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new CourseRuleException("The run has finished; its attendance and outcomes are final.");
        }

        var session = Sessions.SingleOrDefault(s => s.Number == number)
            ?? throw new CourseRuleException($"The run has sessions 1 to {Sessions.Count}.");
        // Recording a held session again corrects it.
        var enrolled = Enrolments.Where(e => e.Status == EnrolmentStatus.Enrolled).ToList();
        var missing = enrolled.Where(e => !attendance.ContainsKey(e.ParticipantId)).Select(e => e.ParticipantId).ToList();
        var strangers = attendance.Keys.Where(id => enrolled.All(e => e.ParticipantId != id)).ToList();
        if (missing.Count > 0 || strangers.Count > 0)
        {
            throw new CourseRuleException(
                $"List every enrolled participant and only them: {missing.Count} missing, {strangers.Count} not enrolled.");
        }

        session.MarkHeld(heldOn);
        foreach (var enrolment in enrolled)
        {
            enrolment.Record(number, attendance[enrolment.ParticipantId]);
        }

        var decided = IsFinished ? Decide(type, heldOn) : [];
        Revision++;
        var outcome = new SessionOutcome(
            session,
            attendance.Values.Count(p => p == Presence.Present),
            attendance.Values.Count(p => p == Presence.Absent),
            attendance.Values.Count(p => p == Presence.Excused),
            decided);
        Raise(this.SessionHeld(outcome, now));
        foreach (var enrolment in decided)
        {
            Raise(this.Outcome(enrolment, now));
        }

        return outcome;
    }

    private List<Enrolment> Decide(CourseType type, DateOnly on)
    {
        var decided = new List<Enrolment>();
        foreach (var enrolment in Enrolments.Where(e => e.IsOpen))
        {
            if (enrolment.Status == EnrolmentStatus.Enrolled && enrolment.SessionsAttended >= type.SessionsToComplete)
            {
                enrolment.Complete(on);
            }
            else
            {
                enrolment.End(EndReason.NotCompleted, on);
            }

            decided.Add(enrolment);
        }

        return decided;
    }

    private List<Enrolment> PromoteWaiting(DateTimeOffset now)
    {
        var promoted = new List<Enrolment>();
        foreach (var waiting in Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).ToList())
        {
            if (Occupied >= Capacity)
            {
                break;
            }

            waiting.Admit(now);
            promoted.Add(waiting);
        }

        return promoted;
    }
}
