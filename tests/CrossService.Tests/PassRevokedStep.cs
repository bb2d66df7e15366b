using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

public sealed record PassRevokedStep(int Day, string FacilityId) : VolunteerStep(Day)
{
    public override void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now) => volunteer.RevokeAccess(FacilityId, On(start), now);
}
