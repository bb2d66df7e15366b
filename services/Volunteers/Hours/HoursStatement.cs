using HerstelWerk.ServiceDefaults.Api;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>
/// The hours statement for the DJI subsidy and donors: only volunteers who were Active at some point in
/// the year count, with their hours in that year. Totals cover all of them; the lines are paged.
/// </summary>
public sealed record HoursStatement(int Year, int CountedVolunteers, decimal TotalHours, Page<VolunteerHours> Volunteers);
