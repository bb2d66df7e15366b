using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace HerstelWerk.Messaging.Broker;

/// <summary>
/// Unhealthy while RabbitMQ cannot be reached. MassTransit's own check reports on its endpoints and
/// may keep saying Healthy for a while after the connection dropped; this one holds a connection of
/// its own and reconnects on the next probe, so <c>/health</c> tells operators at once.
/// </summary>
internal sealed class BrokerHealthCheck(IConfiguration configuration) : IHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true })
            {
                return HealthCheckResult.Healthy("Connected to the broker.");
            }

            await DropConnectionAsync();
            var factory = new ConnectionFactory
            {
                Uri = new Uri(configuration.GetConnectionString(MessagingOptions.ConnectionName)
                    ?? throw new InvalidOperationException($"Connection string '{MessagingOptions.ConnectionName}' is missing.")),
                RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
                // Recovery would hide an outage behind a connection object that looks alive.
                AutomaticRecoveryEnabled = false,
                ClientProvidedName = "herstelwerk-health",
            };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy("Connected to the broker.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The broker is unreachable: {exception.GetBaseException().Message}");
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync() => await DropConnectionAsync();
}
