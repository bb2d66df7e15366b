using System.ComponentModel;
using System.Diagnostics;

namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>
/// Asks the container runtime Aspire would use whether its engine answers. A CLI without an engine
/// (as on the build machine) makes container resources hang in "RuntimeUnhealthy" for ever.
/// </summary>
internal static class ContainerRuntimeProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public sealed record Result(string Runtime, bool IsHealthy, string Detail);

    public static Result Check(IConfiguration configuration)
    {
        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DcpPublisher:ContainerRuntime"] ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new Result(runtime, false, $"'{runtime} info' did not answer within {Timeout.TotalSeconds:0} s");
            }

            return process.ExitCode == 0
                ? new Result(runtime, true, $"{runtime} engine {output.Result.Trim()} is running")
                : new Result(runtime, false, $"{runtime} has no running engine ({FirstLine(error.Result)})");
        }
        catch (Win32Exception)
        {
            return new Result(runtime, false, $"{runtime} is not installed");
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
}
