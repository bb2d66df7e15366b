namespace HerstelWerk.Volunteers.Hours;

/// <summary>The charity's ambition (configuration section <c>Targets</c>).</summary>
public sealed class VolunteerTargets
{
    public int ActiveVolunteers { get; set; } = 600;
}
