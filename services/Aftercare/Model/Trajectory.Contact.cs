using HerstelWerk.Contracts.Aftercare;

namespace HerstelWerk.Aftercare.Model;

/// <summary>The buddy and the contact log, and the rhythm that decides when contact is overdue.</summary>
public sealed partial class Trajectory
{
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
    /// A contact with an employer: only one Placement reported a job of the participant with
    /// (<paramref name="employersWithAJob"/>), since employer support starts with a job.
    /// </summary>
    public ContactEntry LogEmployerContact(Guid employerId, IReadOnlyCollection<Guid> employersWithAJob, DateOnly on, ContactChannel channel, bool reached,
        ContactAuthor author, string? note, AftercarePolicy policy, DateTimeOffset now)
    {
        if (!employersWithAJob.Contains(employerId))
        {
            throw new AftercareRuleException("Placement has reported no job of this participant with that employer; employer support starts with a job.");
        }

        return LogContact(ContactParty.Employer, employerId, on, channel, reached, author, note, policy, now);
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
}
