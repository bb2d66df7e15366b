namespace HerstelWerk.Bench.OutboxLatency;

/// <summary>
/// How long until the other services can see a change? Both modes run on the same servers in one
/// run; compare them by their ratio, not by absolute figures, which depend on the machine.
/// </summary>
internal static class Benchmark
{
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HerstelWerk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    public static async Task Main(string[] args)
    {
        // The test projects get Courses' content root from the test SDK; a console app names it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HERSTELWERK_COURSES", Path.Combine(RepositoryRoot(), "services", "Courses"));
        var samples = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        const int warmUp = 20;

        var woken = await LatencyRun.MeasureAsync("wake on commit (HerstelWerk)", wakeOnCommit: true, TimeSpan.FromSeconds(5), warmUp, samples);
        var polled = await LatencyRun.MeasureAsync("poll every second only", wakeOnCommit: false, TimeSpan.FromSeconds(1), warmUp, samples / 4);

        Console.WriteLine();
        Console.WriteLine($"Commit-to-consumer latency: POST /api/courses/participants until a broker subscriber holds ParticipantRegisteredV1 ({samples} samples, {warmUp} warm-up).");
        Console.WriteLine($"{"mode",-32} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"mean ms",9}");
        foreach (var result in new[] { woken, polled })
        {
            Console.WriteLine($"{result.Mode,-32} {result.Percentile(0.50),9:0.0} {result.Percentile(0.95),9:0.0} {result.Percentile(0.99),9:0.0} {result.Mean,9:0.0}");
        }

        Console.WriteLine();
        Console.WriteLine($"Ratio poll-only / wake-on-commit: p50 {polled.Percentile(0.50) / woken.Percentile(0.50):0.0}x, p95 {polled.Percentile(0.95) / woken.Percentile(0.95):0.0}x, mean {polled.Mean / woken.Mean:0.0}x");

        var audit = await AuditShareRun.MeasureAsync(warmUp, samples * 5);
        Console.WriteLine();
        Console.WriteLine($"Audit share of a read: GET /api/courses/participants/{{id}} ({samples * 5} samples); entries are queued in the request and written in batches.");
        Console.WriteLine($"{"",-32} {"p50 ms",9} {"mean ms",9}");
        Console.WriteLine($"{"whole request (client)",-32} {audit.RequestP50Ms,9:0.00} {audit.RequestMeanMs,9:0.00}");
        Console.WriteLine($"{"audit hand-over (inside it)",-32} {audit.AuditP50Ms,9:0.00} {audit.AuditMeanMs,9:0.00}");
        Console.WriteLine($"Audit share of the request time: {audit.Share:P0} (mean)");
    }
}
