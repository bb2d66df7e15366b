using System.Diagnostics;
using HerstelWerk.Testing;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The official AsyncAPI CLI, pinned in <c>eng/asyncapi/</c> and installed there by <c>eng/test.sh</c>
/// (<c>ensure_asyncapi_cli</c>). Its anonymous usage metrics are off: they would reach for the network.
/// </summary>
internal static class AsyncApiCli
{
    public sealed record Outcome(int ExitCode, string Output);

    public static async Task<Outcome> ValidateAsync(string file)
    {
        var cli = RepositoryFiles.Path("eng/asyncapi/node_modules/.bin/asyncapi");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The AsyncAPI CLI is not installed at {cli}: run ./eng/test.sh, or 'npm ci' in eng/asyncapi.");
        }

        var metrics = Path.Combine(Path.GetDirectoryName(file)!, "asyncapi-analytics.json");
        await File.WriteAllTextAsync(metrics, """{"analyticsEnabled":"false","infoMessageShown":"true","userID":"herstelwerk-tests"}""");
        // Warnings fail too; the one information left, that AsyncAPI 3.1.0 exists, does not: 3.0.0 is the version asked for.
        var start = new ProcessStartInfo(cli, ["validate", file, "--fail-severity", "warn"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASYNCAPI_METRICS_CONFIG_PATH"] = metrics,
                ["SUPPRESS_NO_CONFIG_WARNING"] = "true",
                ["FORCE_COLOR"] = "0",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output + await errors);
    }
}
