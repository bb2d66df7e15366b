using RabbitMQ.Client;

namespace HerstelWerk.Testing;

/// <summary>Reads RabbitMQ queues directly, as an operator would in the management UI: error queues above all.</summary>
public static class BrokerQueues
{
    public sealed record QueuedMessage(string? MessageId, IReadOnlyDictionary<string, object?> Headers, byte[] Body);

    /// <summary>Takes every message currently in <paramref name="queue"/>; an absent queue counts as empty.</summary>
    public static async Task<IReadOnlyList<QueuedMessage>> DrainAsync(Uri broker, string queue)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return [];
        }

        var messages = new List<QueuedMessage>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
        {
            messages.Add(new QueuedMessage(
                result.BasicProperties.MessageId,
                result.BasicProperties.Headers?.ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : h.Value)
                    ?? new Dictionary<string, object?>(),
                result.Body.ToArray()));
        }

        return messages;
    }
}
