using System.Diagnostics;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>Runs a short set-up command (initdb, chown) and fails with its output if it fails.</summary>
internal static class LocalProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output + await error).Trim());
    }

    public static async Task RunOrThrowAsync(string command, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var argList = args.ToList();
        var (exitCode, output) = await RunAsync(command, argList, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{command} {string.Join(' ', argList)}' failed with exit code {exitCode}: {output}");
        }
    }
}
