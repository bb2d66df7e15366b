using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>
/// Healthy once an AMQP login succeeds. A port check is not enough: the Erlang node answers pings and
/// opens ports before the broker accepts logins.
/// </summary>
internal sealed class RabbitMqReadyHealthCheck(ReferenceExpression connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri((await connectionString.GetValueAsync(cancellationToken))!),
                RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
                ClientProvidedName = "apphost-health",
            };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Connection closed at once.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
