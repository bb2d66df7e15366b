using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Messaging.Events;

namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A volunteer from application to farewell: profile, dated lifecycle, VOG screening, access passes,
/// trainings and assignments. Every change raises the events partners, Courses and Identity follow; the save
/// collects them into the outbox, so they commit with the change and no caller can forget them.
/// </summary>
public sealed partial class Volunteer : Aggregate
{
    private Volunteer()
    {
    }

    public Guid Id { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public string Region { get; private set; } = string.Empty;

    /// <summary>ISO 639-1 codes, e.g. <c>nl</c>, <c>ar</c>.</summary>
    public List<string> Languages { get; private set; } = [];

    /// <summary>How many participants the volunteer takes at once.</summary>
    public int Capacity { get; private set; }

    /// <summary>When the volunteer is available, in their own words (e.g. "dinsdagavond, zaterdag").</summary>
    public string? Availability { get; private set; }

    /// <summary>Role codes the volunteer is trained for, from their training records.</summary>
    public List<string> Roles { get; private set; } = [];

    public VolunteerStatus Status { get; private set; }

    public DateOnly StatusSince { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    /// <summary>The day the newest VOG was issued; the re-check policy counts from it.</summary>
    public DateOnly? LastVogIssuedOn { get; private set; }

    /// <summary>The re-check date for which <c>VogRecheckDueV1</c> was raised, so it is raised once per due date.</summary>
    public DateOnly? VogRecheckRaisedFor { get; private set; }

    /// <summary>Goes up with every change: the ETag, the concurrency token, and the revision in events.</summary>
    public int Revision { get; private set; }

    public List<VolunteerStatusChange> StatusHistory { get; private set; } = [];

    public List<VogRequest> VogRequests { get; private set; } = [];

    public List<FacilityAccess> FacilityAccess { get; private set; } = [];

    public List<TrainingRecord> Trainings { get; private set; } = [];

    public List<Assignment> Assignments { get; private set; } = [];

    public int OpenAssignments => Assignments.Count(a => a.IsOpen);

    public int FreeSlots => Math.Max(0, Capacity - OpenAssignments);

    public static Volunteer Apply(VolunteerProfile profile, DateOnly appliedOn, DateTimeOffset now)
    {
        var volunteer = new Volunteer { Id = Guid.CreateVersion7(now), AppliedAt = now, Status = VolunteerStatus.Applied, StatusSince = appliedOn, Revision = 1 };
        volunteer.SetProfile(profile);
        volunteer.StatusHistory.Add(new VolunteerStatusChange(VolunteerStatus.Applied, appliedOn, now));
        return volunteer;
    }

    /// <summary>Changes the profile; a new e-mail address of an Active volunteer goes to Identity, for their sign-in account.</summary>
    public void UpdateProfile(VolunteerProfile profile, DateTimeOffset now)
    {
        if (profile.Capacity < OpenAssignments)
        {
            throw new VolunteerRuleException($"The volunteer has {OpenAssignments} open assignments; end some before lowering the capacity to {profile.Capacity}.");
        }

        var addressChanged = IsNewAddress(profile.Email);
        SetProfile(profile);
        Revision++;
        if (addressChanged && Status == VolunteerStatus.Active)
        {
            RequestSignIn(now);
        }
    }

    /// <summary>Takes one step in the lifecycle; a step the lifecycle or the screening does not allow is refused with the reason.</summary>
    public void MoveTo(VolunteerStatus to, DateOnly on, VogPolicy policy, DateTimeOffset now)
    {
        if (!VolunteerLifecycle.Allows(Status, to))
        {
            var allowed = VolunteerLifecycle.NextFrom(Status);
            throw new VolunteerRuleException(allowed.Count == 0
                ? $"The volunteer has left; a returning volunteer applies again."
                : $"A volunteer who is {Status} can move to {string.Join(" or ", allowed)}, not to {to}.");
        }

        if (on < StatusSince)
        {
            throw new VolunteerRuleException($"The volunteer has been {Status} since {StatusSince:yyyy-MM-dd}; a later step cannot be dated before that.");
        }

        var vog = VogStandingOn(policy, on);
        if (to == VolunteerStatus.Training && vog == VogStanding.None)
        {
            throw new VolunteerRuleException("Training starts once Justis has issued a VOG; record the issued VOG first.");
        }

        if (to == VolunteerStatus.Active)
        {
            if (vog is VogStanding.None or VogStanding.Overdue)
            {
                throw new VolunteerRuleException(vog == VogStanding.None
                    ? "A volunteer becomes active only with an issued VOG."
                    : $"The VOG re-check was due on {VogDueOn(policy):yyyy-MM-dd}; record a newly issued VOG first.");
            }

            if (Roles.Count == 0)
            {
                throw new VolunteerRuleException("A volunteer becomes active only when trained for at least one role; record the training first.");
            }
        }

        var wasActive = Status == VolunteerStatus.Active;
        Status = to;
        StatusSince = on;
        StatusHistory.Add(new VolunteerStatusChange(to, on, now));
        Revision++;
        if (to == VolunteerStatus.Active)
        {
            Raise(new VolunteerActivatedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, Revision = Revision });
            RequestSignIn(now);
        }
        else if (wasActive)
        {
            Raise(new VolunteerDeactivatedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, Revision = Revision });
        }
    }

    /// <summary>Whether the volunteer was Active on any day of <paramref name="year"/>, as the DJI subsidy counts them.</summary>
    public bool WasActiveIn(int year) => FirstActiveDayIn(year) is not null;

    /// <summary>The first day of <paramref name="year"/> on which the volunteer was Active, by the dated history; null when they were not.</summary>
    public DateOnly? FirstActiveDayIn(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var changes = StatusHistory.OrderBy(c => c.Since).ThenBy(c => c.RecordedAt).ToList();
        for (var i = 0; i < changes.Count; i++)
        {
            var until = i + 1 < changes.Count ? changes[i + 1].Since : DateOnly.MaxValue;
            if (changes[i].Status == VolunteerStatus.Active && changes[i].Since <= last && until > first)
            {
                return changes[i].Since > first ? changes[i].Since : first;
            }
        }

        return null;
    }

    private void EnsureNotLeft()
    {
        if (Status == VolunteerStatus.Left)
        {
            throw new VolunteerRuleException("The volunteer has left; their record is kept for the statements only.");
        }
    }

    private void SetProfile(VolunteerProfile profile)
    {
        FullName = profile.FullName;
        Email = profile.Email;
        Phone = profile.Phone;
        Region = profile.Region;
        Languages = [.. profile.Languages.Distinct()];
        Capacity = profile.Capacity;
        Availability = profile.Availability;
    }
}
