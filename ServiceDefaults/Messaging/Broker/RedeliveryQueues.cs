using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace HerstelWerk.Messaging.Broker;

/// <summary>
/// Parks a failed message on the broker for a while, using only core RabbitMQ: each queue <c>Q</c> gets
/// a <c>Q_delay</c> queue without consumers whose expired messages are dead-lettered straight back to
/// <c>Q</c>. The message keeps its body, id and headers, so the inbox still recognises it.
/// </summary>
/// <remarks>
/// A per-message TTL only expires at the head of a queue, so a message never returns earlier than its
/// delay, but may return later when a longer delay is ahead of it. For redelivery that is acceptable.
/// </remarks>
public sealed class RedeliveryQueues(IConfiguration configuration, ILogger<RedeliveryQueues> logger) : IAsyncDisposable
{
    public const string DelayQueueSuffix = "_delay";

    /// <summary>Transport header that counts how often a message came back from its delay queue.</summary>
    public const string CountHeader = "HW-Redelivery-Count";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task<bool> TryParkAsync(ReceiveContext received, string queue, TimeSpan delay, int attempt, CancellationToken cancellationToken)
    {
        if (!received.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit))
        {
            return false; // another transport (unit tests use the in-memory one): let the error queue take it
        }

        var properties = new BasicProperties(rabbit.Properties)
        {
            Expiration = ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            Headers = new Dictionary<string, object?>(rabbit.Properties.Headers ?? new Dictionary<string, object?>())
            {
                [CountHeader] = attempt,
            },
        };
        var body = received.Body.GetBytes();

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await GetChannelAsync(cancellationToken);
            var delayQueue = queue + DelayQueueSuffix;
            if (!_declared.Contains(delayQueue))
            {
                await channel.QueueDeclareAsync(delayQueue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?>
                    {
                        ["x-dead-letter-exchange"] = string.Empty,
                        ["x-dead-letter-routing-key"] = queue,
                    },
                    cancellationToken: cancellationToken);
                _declared.Add(delayQueue);
            }

            // Confirmed publish: only once the broker holds the copy may the original be acknowledged.
            await channel.BasicPublishAsync(string.Empty, delayQueue, mandatory: true, properties, body, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not park a message from {Queue} for redelivery; it goes to the error queue", queue);
            await ResetAsync();
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static int RedeliveryCount(ReceiveContext received) =>
        received.TransportHeaders.Get(CountHeader, default(int?)) ?? 0;

    private async Task<IChannel> GetChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        await ResetAsync();
        var connectionString = configuration.GetConnectionString(MessagingOptions.ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{MessagingOptions.ConnectionName}' is missing.");
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), ClientProvidedName = "herstelwerk-redelivery" };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        return _channel;
    }

    private async Task ResetAsync()
    {
        _declared.Clear();
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
            _channel = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync() => await ResetAsync();
}
