using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace HerstelWerk.Gateway;

/// <summary>Unhealthy while a service's address cannot be resolved: its routes would answer 502.</summary>
internal sealed class RoutesHealthCheck(IProxyStateLookup proxyState) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unresolved = proxyState.GetClusters()
            .Where(cluster => cluster.Destinations.IsEmpty)
            .Select(cluster => cluster.ClusterId)
            .ToList();
        return Task.FromResult(unresolved.Count == 0
            ? HealthCheckResult.Healthy("Every service has an address.")
            : HealthCheckResult.Unhealthy($"No address for: {string.Join(", ", unresolved)}."));
    }
}
