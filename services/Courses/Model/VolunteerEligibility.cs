using HerstelWerk.Contracts.Volunteers;

namespace HerstelWerk.Courses.Model;

/// <summary>
/// What Volunteers has reported about a volunteer, as far as trainers matter: active or not, which
/// facilities admitted them, and which roles they are trained for. Each fact keeps the revision it
/// came with, so events that arrive late or twice never undo a newer fact.
/// </summary>
public sealed class VolunteerEligibility
{
    private VolunteerEligibility()
    {
    }

    public VolunteerEligibility(Guid volunteerId)
    {
        VolunteerId = volunteerId;
    }

    public Guid VolunteerId { get; private set; }

    public bool IsActive { get; private set; }

    public int ActiveRevision { get; private set; }

    /// <summary>The last day the volunteer's newest VOG counts under Volunteers' re-check policy; null until reported.</summary>
    public DateOnly? VogRecheckDueOn { get; private set; }

    public int VogRevision { get; private set; }

    public List<VolunteerAdmission> Admissions { get; private set; } = [];

    /// <summary>Roles are only ever added, so a set is enough.</summary>
    public List<string> Roles { get; private set; } = [];

    private void SetActive(bool active, int revision)
    {
        if (revision > ActiveRevision)
        {
            IsActive = active;
            ActiveRevision = revision;
        }
    }

    private void SetAdmission(string facilityId, bool admitted, DateOnly? startsOn, DateOnly? endsOn, int revision)
    {
        var admission = Admissions.SingleOrDefault(a => a.FacilityId == facilityId);
        if (admission is null)
        {
            Admissions.Add(new VolunteerAdmission(facilityId, admitted, startsOn, endsOn, revision));
        }
        else
        {
            admission.Change(admitted, startsOn, endsOn, revision);
        }
    }

    private void SetVog(DateOnly recheckDueOn, int revision)
    {
        if (revision > VogRevision)
        {
            VogRecheckDueOn = recheckDueOn;
            VogRevision = revision;
        }
    }

    private void Qualify(string role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
        }
    }

    /// <summary>A fact Volunteers published, applied as the consumer receives it; a stale one changes nothing.</summary>
    public void Apply(VolunteerActivatedV1 fact) => SetActive(true, fact.Revision);

    public void Apply(VolunteerDeactivatedV1 fact) => SetActive(false, fact.Revision);

    public void Apply(VolunteerAdmittedToFacilityV1 fact) => SetAdmission(fact.FacilityId, admitted: true, fact.AccessStartsOn, fact.AccessEndsOn, fact.Revision);

    public void Apply(VolunteerAdmissionRevokedV1 fact) => SetAdmission(fact.FacilityId, admitted: false, startsOn: null, endsOn: null, fact.Revision);

    public void Apply(VolunteerVogIssuedV1 fact) => SetVog(fact.RecheckDueOn, fact.Revision);

    public void Apply(VolunteerQualifiedV1 fact) => Qualify(fact.Role);

    /// <summary>Whether a pass for <paramref name="facilityId"/> holds on <paramref name="day"/>.</summary>
    public bool IsAdmittedTo(string facilityId, DateOnly day) => Admissions.Any(a => a.FacilityId == facilityId && a.IsValidOn(day));

    /// <summary>
    /// Whether the volunteer may still give the runs they train: active, and (for a fact about one
    /// facility) still admitted there. Judged on the current facts, not on an event, so a stale event
    /// that changed nothing takes no one off a run.
    /// </summary>
    public bool MayStillTrainAt(string? facilityId, DateOnly today) => IsActive && (facilityId is null || IsAdmittedTo(facilityId, today));

    /// <summary>Null when the volunteer may train <paramref name="role"/> at <paramref name="facilityId"/>; otherwise why not.</summary>
    public string? WhyNotTrainer(string facilityId, string role, DateOnly today) =>
        !IsActive ? "Volunteers does not report the volunteer as active."
        : today > VogRecheckDueOn ? $"The volunteer's VOG re-check was due on {VogRecheckDueOn:yyyy-MM-dd}."
        : !IsAdmittedTo(facilityId, today) ? $"The volunteer has no valid access pass for {facilityId}."
        : !Roles.Contains(role) ? $"The volunteer is not trained as {role}."
        : null;
}
