namespace HerstelWerk.Courses.Model;

/// <summary>A facility's access pass for a volunteer, granted or revoked.</summary>
public sealed class VolunteerAdmission
{
    private VolunteerAdmission()
    {
    }

    internal VolunteerAdmission(string facilityId, bool admitted, DateOnly? startsOn, DateOnly? endsOn, int revision)
    {
        FacilityId = facilityId;
        Admitted = admitted;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Revision = revision;
    }

    public Guid VolunteerId { get; private set; }

    public string FacilityId { get; private set; } = string.Empty;

    public bool Admitted { get; private set; }

    /// <summary>The first day the pass is valid; null when Volunteers did not say (events from before it did).</summary>
    public DateOnly? StartsOn { get; private set; }

    /// <summary>The last day the pass is valid; null for a pass without end date.</summary>
    public DateOnly? EndsOn { get; private set; }

    public int Revision { get; private set; }

    public bool IsValidOn(DateOnly day) => Admitted && (StartsOn is null || day >= StartsOn) && (EndsOn is null || day <= EndsOn);

    internal void Change(bool admitted, DateOnly? startsOn, DateOnly? endsOn, int revision)
    {
        if (revision > Revision)
        {
            Admitted = admitted;
            StartsOn = admitted ? startsOn : StartsOn;
            EndsOn = admitted ? endsOn : EndsOn;
            Revision = revision;
        }
    }
}
