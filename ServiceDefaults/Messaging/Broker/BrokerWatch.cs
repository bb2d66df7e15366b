using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace HerstelWerk.Messaging.Broker;

/// <summary>
/// Asks RabbitMQ for a round trip (opening a channel) every two seconds on a connection of its own.
/// An open connection alone proves nothing: a frozen broker keeps its sockets open and answers nobody,
/// which MassTransit's own check does not notice. Its return wakes the outbox dispatcher at once. (How
/// soon MassTransit itself reconnects is set by <see cref="ReconnectionPace"/>.)
/// </summary>
internal sealed class BrokerWatch(IConfiguration configuration, OutboxSignal outbox, ILogger<BrokerWatch> logger)
    : DependencyWatch(logger), IAsyncDisposable
{
    private readonly ILogger _logger = logger;
    private IConnection? _connection;

    protected override string Dependency => "The broker";

    protected override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The client does not always give up when asked to; a silent broker must not hold the probe.
            await RoundTripAsync(cancellationToken).WaitAsync(cancellationToken);
        }
        catch
        {
            await DropConnectionAsync();
            throw;
        }
    }

    private async Task RoundTripAsync(CancellationToken cancellationToken)
    {
        _connection = _connection is { IsOpen: true } open ? open : await ConnectAsync(cancellationToken);
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.CloseAsync(cancellationToken);
    }

    protected override void OnRecovered() => outbox.BrokerBack();

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await DropConnectionAsync();
        var factory = new ConnectionFactory
        {
            Uri = new Uri(configuration.GetConnectionString(MessagingOptions.ConnectionName)
                ?? throw new InvalidOperationException($"Connection string '{MessagingOptions.ConnectionName}' is missing.")),
            RequestedConnectionTimeout = ProbeTimeout,
            // Recovery would hide an outage behind a connection object that looks alive.
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "herstelwerk-health",
        };
        return await factory.CreateConnectionAsync(cancellationToken);
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception exception)
            {
                // A connection to a vanished broker may fail to close; it is dropped all the same.
                _logger.LogDebug(exception, "Closing the broker probe's connection failed");
            }
        }
    }

    public async ValueTask DisposeAsync() => await DropConnectionAsync();
}
