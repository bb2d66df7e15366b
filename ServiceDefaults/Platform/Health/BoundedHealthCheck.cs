using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HerstelWerk.ServiceDefaults.Health;

/// <summary>
/// A health check that answers within <paramref name="timeout"/> whatever the check it wraps does. A
/// cancelled database query can itself wait on the silent server (Npgsql asks the server to cancel
/// it), so a check's token alone does not keep <c>/health</c> answering.
/// </summary>
internal sealed class BoundedHealthCheck(IHealthCheck inner, TimeSpan timeout) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.CheckHealthAsync(context, cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"No answer within {timeout.TotalSeconds:0} s.");
        }
    }
}
