using System.Diagnostics;
using HerstelWerk.Web.Tests;

namespace HerstelWerk.Bench.ConsoleSpeed;

/// <summary>
/// The API calls the measured pages wait for, through the gateway as the console makes them: when a
/// page misses its goal, this says which call to look at.
/// </summary>
internal static class ApiTimings
{
    private static readonly string[] Calls =
    [
        "/api/courses/progress?year={year}", "/api/placement/progress?year={year}", "/api/aftercare/progress?year={year}",
        "/api/volunteers/progress?year={year}", "/api/courses/facilities?pageSize=100", "/api/courses/participants?page=1&pageSize=25",
    ];

    public static async Task<IReadOnlyList<Timings>> MeasureAsync(ConsoleFixture system, int samples)
    {
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var results = new List<Timings>();
        foreach (var call in Calls.Select(c => c.Replace("{year}", year, StringComparison.Ordinal)))
        {
            var timings = new Timings($"GET {call}", double.NaN);
            for (var i = 0; i < 3 + samples; i++)
            {
                var started = Stopwatch.StartNew();
                using var response = await system.Gateway.GetAsync(call);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                if (i >= 3)
                {
                    timings.Add(started.Elapsed);
                }
            }

            results.Add(timings);
        }

        return results;
    }
}
