using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>
/// The hours statement for the DJI subsidy and donors: only volunteers who were Active at some point in
/// the year count, with their hours in that year. Totals cover all of them; the lines are paged.
/// </summary>
public sealed record HoursStatement(int Year, int CountedVolunteers, decimal TotalHours, Page<VolunteerHours> Volunteers)
    : IOpenApiExample<HoursStatement>
{
    public static HoursStatement Example => new(2026, 412, 18734.5m, new Page<VolunteerHours>([VolunteerHours.Example], 1, 25, 412));
}
