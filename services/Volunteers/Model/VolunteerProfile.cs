namespace HerstelWerk.Volunteers.Model;

/// <summary>The contact details and preferences a volunteer gives at application and may change later.</summary>
public sealed record VolunteerProfile(
    string FullName,
    string Email,
    string? Phone,
    string Region,
    IReadOnlyList<string> Languages,
    int Capacity,
    string? Availability);
