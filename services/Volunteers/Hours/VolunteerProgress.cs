using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>Active volunteers in a year, against the charity's "600+" ambition.</summary>
/// <param name="ActiveVolunteers">Volunteers who were Active at some point in the year, as the DJI subsidy counts them.</param>
/// <param name="ActiveNow">Volunteers whose status is Active today.</param>
/// <param name="Target">The ambition from configuration (<c>Targets:ActiveVolunteers</c>, default 600).</param>
public sealed record VolunteerProgress(int Year, int ActiveVolunteers, int ActiveNow, int Target) : IOpenApiExample<VolunteerProgress>
{
    public static VolunteerProgress Example => new(2026, 437, 402, 600);
}
