using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

/// <summary>A director's pass, possibly starting later than it is recorded and possibly with an end.</summary>
public sealed record PassGrantedStep(int Day, string FacilityId, int StartsAfterDays, int? LastsDays) : VolunteerStep(Day)
{
    public override void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now)
    {
        var grantedOn = On(start).AddDays(StartsAfterDays);
        volunteer.GrantAccess(FacilityId, grantedOn, LastsDays is { } days ? grantedOn.AddDays(days) : null, now);
    }
}
