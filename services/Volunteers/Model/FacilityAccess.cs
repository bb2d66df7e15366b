namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A facility director's personal access pass for a volunteer: granted, with an optional end date, or
/// revoked. A volunteer works only inside the facilities whose pass is valid that day.
/// </summary>
public sealed class FacilityAccess
{
    private FacilityAccess()
    {
    }

    internal FacilityAccess(string facilityId, DateOnly grantedOn, DateOnly? endsOn)
    {
        FacilityId = facilityId;
        Grant(grantedOn, endsOn);
    }

    public Guid VolunteerId { get; private set; }

    /// <summary>The facility's id in Courses' reference list, e.g. <c>pi-vught</c>.</summary>
    public string FacilityId { get; private set; } = string.Empty;

    public DateOnly GrantedOn { get; private set; }

    /// <summary>The last day the pass is valid; null for a pass without end date.</summary>
    public DateOnly? EndsOn { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public bool IsValidOn(DateOnly day) => RevokedOn is null && GrantedOn <= day && (EndsOn is null || day <= EndsOn);

    /// <summary>
    /// Whether the pass held on some day of <paramref name="year"/>: from the day it was granted to its end
    /// date, and up to the day before a revocation.
    /// </summary>
    public bool WasHeldIn(int year)
    {
        var from = GrantedOn > new DateOnly(year, 1, 1) ? GrantedOn : new DateOnly(year, 1, 1);
        var until = new[] { new DateOnly(year, 12, 31), EndsOn ?? DateOnly.MaxValue, RevokedOn?.AddDays(-1) ?? DateOnly.MaxValue }.Min();
        return from <= until;
    }

    internal void Grant(DateOnly grantedOn, DateOnly? endsOn)
    {
        if (endsOn < grantedOn)
        {
            throw new VolunteerRuleException("An access pass cannot end before it is granted.");
        }

        GrantedOn = grantedOn;
        EndsOn = endsOn;
        RevokedOn = null;
    }

    internal void Revoke(DateOnly on) => RevokedOn = on;
}
