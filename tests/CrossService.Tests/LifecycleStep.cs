using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

public sealed record LifecycleStep(int Day, VolunteerStatus To) : VolunteerStep(Day)
{
    public override void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now) => volunteer.MoveTo(To, On(start), policy, now);
}
