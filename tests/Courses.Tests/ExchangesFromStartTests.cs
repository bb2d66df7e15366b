using HerstelWerk.Contracts;
using HerstelWerk.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// A partner can bind on day one: once a service has started, every event's exchange exists on the
/// broker, also for events nobody has published yet (this fixture's prefix is new, so nothing has).
/// </summary>
public sealed class ExchangesFromStartTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task Every_event_has_its_exchange_before_its_first_publish()
    {
        var factory = new ConnectionFactory { Uri = service.Servers.RabbitMqUri };
        await using var connection = await factory.CreateConnectionAsync();
        var missing = new List<string>();
        foreach (var type in ContractEvents.All)
        {
            var exchange = service.EntityPrefix + ContractEvents.ExchangeName(type);
            // A binding to an exchange that does not exist closes the channel, so each gets its own.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                // As a partner does: a queue of its own, bound to the event's exchange, declaring nothing else.
                var queue = await channel.QueueDeclareAsync(exclusive: true, autoDelete: true);
                await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: string.Empty);
            }
            catch (OperationInterruptedException refused) when (refused.ShutdownReason?.ReplyCode == 404)
            {
                missing.Add(exchange);
            }
        }

        Assert.True(missing.Count == 0, "No exchange yet for: " + string.Join(", ", missing));
    }
}
