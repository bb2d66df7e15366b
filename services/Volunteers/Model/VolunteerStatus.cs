namespace HerstelWerk.Volunteers.Model;

/// <summary>Where a volunteer stands, from application to farewell.</summary>
public enum VolunteerStatus
{
    Applied,
    Interview,
    Vog,
    Training,
    Active,
    Inactive,
    Left,
}
