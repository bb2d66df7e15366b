using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

/// <summary>
/// Something that happens to a volunteer in Volunteers, on a day counted from the start of their history.
/// A step the lifecycle refuses is simply refused, as a coordinator's would be.
/// </summary>
public abstract record VolunteerStep(int Day)
{
    public abstract void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now);

    protected DateOnly On(DateOnly start) => start.AddDays(Day);
}
