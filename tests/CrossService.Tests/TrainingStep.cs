using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.CrossService.Tests;

public sealed record TrainingStep(int Day, string Role) : VolunteerStep(Day)
{
    public override void ApplyTo(Volunteer volunteer, DateOnly start, VogPolicy policy, DateTimeOffset now) =>
        volunteer.RecordTraining($"Training for {Role}", Role, On(start), now);
}
