using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

/// <summary>A VOG requested on the day and issued by Justis a week later.</summary>
public sealed record VogIssuedStep(int Day) : VolunteerStep(Day)
{
    public override void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now)
    {
        var request = volunteer.RequestVog(On(start));
        volunteer.DecideVog(request.Id, VogOutcome.Issued, On(start).AddDays(7), policy, now);
    }
}
