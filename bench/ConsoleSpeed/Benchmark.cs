using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Web.Tests;

namespace HerstelWerk.Bench.ConsoleSpeed;

/// <summary>
/// Issue 13's speed goals for the console, measured on this machine: first meaningful paint of the
/// Doelstellingen page and of the participants list p95 ≤ 1 s, and a click p95 ≤ 150 ms, with 10,000
/// participants (the national data set of the benchmark issue replaces them once it exists).
/// </summary>
internal static class Benchmark
{
    public static async Task Main(string[] args)
    {
        var participants = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;

        // A line per request of the seeding would slow it and bury the table.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        var system = new ConsoleFixture();
        await system.InitializeAsync();
        try
        {
            var facilities = (await system.Gateway.GetFromJsonAsync<JsonElement>("/api/courses/facilities?pageSize=100"))
                .GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
            var seeding = System.Diagnostics.Stopwatch.StartNew();
            await SyntheticParticipants.RegisterAsync(system.Gateway, participants, facilities);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{participants:N0} participants at {facilities.Count} PIs registered in {seeding.Elapsed.TotalSeconds:0} s."));
            await SyntheticParticipants.AwaitProjectionsAsync(system.Gateway, participants);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Placement, Aftercare and Volunteers held them all after {seeding.Elapsed.TotalSeconds:0} s."));

            var results = await new ConsoleRun(system, participants, samples).MeasureAsync();
            var calls = await ApiTimings.MeasureAsync(system, samples);

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Console speed, Debian's chromium, {participants:N0} participants, {samples} samples each (after 5 warm-up):"));
            Console.WriteLine();
            Console.WriteLine("| measure | p50 ms | p95 ms | goal p95 | |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var timing in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {timing.Measure} | {timing.Percentile(0.50):0} | {timing.Percentile(0.95):0} | ≤ {timing.GoalP95Ms:0} ms | {(timing.Met ? "met" : "MISSED")} |"));
            }

            Console.WriteLine();
            Console.WriteLine("What the pages wait for, through the gateway:");
            Console.WriteLine();
            Console.WriteLine("| call | p50 ms | p95 ms |");
            Console.WriteLine("|---|---|---|");
            foreach (var timing in calls)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{timing.Measure}` | {timing.Percentile(0.50):0.0} | {timing.Percentile(0.95):0.0} |"));
            }
        }
        finally
        {
            await system.DisposeAsync();
        }
    }
}
