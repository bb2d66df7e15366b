namespace HerstelWerk.Volunteers.Hours;

/// <summary>One volunteer's line in the hours statement of a year.</summary>
public sealed record VolunteerHours(
    Guid VolunteerId,
    string FullName,
    string Region,
    decimal VisitHours,
    decimal SessionHours,
    decimal AftercareContactHours,
    decimal TotalHours);
