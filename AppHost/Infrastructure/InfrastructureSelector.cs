using HerstelWerk.AppHost.Infrastructure.Local;

namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>
/// Picks the infrastructure mode. <c>auto</c> prefers containers where a runtime is healthy, then this
/// machine's own PostgreSQL and RabbitMQ, and otherwise stops with what to install or configure.
/// </summary>
internal static class InfrastructureSelector
{
    public sealed record Choice(InfrastructureMode Mode, string Reason, LocalBinaries? LocalBinaries = null);

    public static Choice Select(InfrastructureSettings settings, IConfiguration configuration)
    {
        switch (settings.Mode.Trim().ToLowerInvariant())
        {
            case "containers":
                var runtime = ContainerRuntimeProbe.Check(configuration);
                return runtime.IsHealthy
                    ? new Choice(InfrastructureMode.Containers, $"configuration asks for it and {runtime.Detail}")
                    : throw new InfrastructureUnavailableException(
                        $"Infrastructure mode 'containers' was configured, but {runtime.Detail}. Start the container engine, or use " +
                        "Infrastructure__Mode=local (this machine's PostgreSQL and RabbitMQ) or 'external'.");
            case "local":
                var binaries = LocalBinaries.Find(settings);
                return binaries.IsComplete
                    ? new Choice(InfrastructureMode.Local, $"configuration asks for it; {binaries.Describe()}", binaries)
                    : throw new InfrastructureUnavailableException(
                        $"Infrastructure mode 'local' was configured, but {binaries.Problems}. {InstallHint}");
            case "external":
                return new Choice(InfrastructureMode.External, "configuration asks for it; connection strings come from configuration");
            case "auto" or "":
                return SelectAutomatically(settings, configuration);
            default:
                throw new InfrastructureUnavailableException(
                    $"Infrastructure:Mode '{settings.Mode}' is not one of: auto, containers, local, external.");
        }
    }

    private static Choice SelectAutomatically(InfrastructureSettings settings, IConfiguration configuration)
    {
        var runtime = ContainerRuntimeProbe.Check(configuration);
        if (runtime.IsHealthy)
        {
            return new Choice(InfrastructureMode.Containers, runtime.Detail);
        }

        var binaries = LocalBinaries.Find(settings);
        if (binaries.IsComplete)
        {
            return new Choice(InfrastructureMode.Local, $"no container runtime is healthy ({runtime.Detail}) and {binaries.Describe()}", binaries);
        }

        throw new InfrastructureUnavailableException(
            $"HerstelWerk needs PostgreSQL and RabbitMQ, and none can be started here: {runtime.Detail}, and {binaries.Problems}. " +
            $"{InstallHint} Or start Docker or Podman (containers mode), or set Infrastructure__Mode=external with " +
            "ConnectionStrings__coursesdb, __placementdb, __aftercaredb, __volunteersdb and __messaging.");
    }

    private const string InstallHint =
        "On Debian or Ubuntu run ./eng/run.sh, which installs what is missing, or: sudo apt-get install -y postgresql rabbitmq-server.";
}
