using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Apis;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>One volunteer's line in the hours statement of a year.</summary>
public sealed record VolunteerHours(
    Guid VolunteerId,
    string FullName,
    string Region,
    decimal VisitHours,
    decimal SessionHours,
    decimal AftercareContactHours,
    decimal TotalHours) : IOpenApiExample<VolunteerHours>
{
    public static VolunteerHours Example => new(VolunteerExamples.VolunteerId, VolunteerExamples.FullName, VolunteerExamples.Region, 36.0m, 24.0m, 0m, 60.0m);
}
