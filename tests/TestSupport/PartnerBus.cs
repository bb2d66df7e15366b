using System.Collections.Concurrent;
using System.Diagnostics;
using HerstelWerk.Messaging.Broker;
using MassTransit;

namespace HerstelWerk.Testing;

/// <summary>
/// The bus as a partner organisation sees it: a separate MassTransit client on the same broker and
/// entity prefix, which publishes events to the services and records what they publish, in order.
/// </summary>
public sealed class PartnerBus : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly IReadOnlyDictionary<Type, object> _observed;

    private PartnerBus(IBusControl bus, IReadOnlyDictionary<Type, object> observed)
    {
        _bus = bus;
        _observed = observed;
    }

    public sealed class Builder
    {
        internal Dictionary<Type, Action<IRabbitMqBusFactoryConfigurator, string>> Observers { get; } = [];

        internal Dictionary<Type, object> Collections { get; } = [];

        /// <summary>Records every <typeparamref name="T"/> published, one at a time, in arrival order.</summary>
        public Builder Observe<T>() where T : class
        {
            var received = new Received<T>();
            Collections[typeof(T)] = received;
            Observers[typeof(T)] = (bus, prefix) => bus.ReceiveEndpoint($"{prefix}partner-{typeof(T).Name.ToLowerInvariant()}-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Handler<T>(context =>
                {
                    received.Add(new Envelope<T>(
                        Stopwatch.GetTimestamp(),
                        context.Message,
                        context.MessageId,
                        context.ReceiveContext.Body.GetString(),
                        context.Headers.GetAll().ToDictionary(header => header.Key, header => (object?)header.Value)));
                    return Task.CompletedTask;
                });
            });
            return this;
        }
    }

    /// <param name="ReceivedAt">Stopwatch timestamp of arrival, for latency measurements.</param>
    public sealed record Envelope<T>(long ReceivedAt, T Message, Guid? MessageId, string RawBody, IReadOnlyDictionary<string, object?> Headers);

    public sealed class Received<T>
    {
        private readonly ConcurrentQueue<Envelope<T>> _messages = new();

        public IReadOnlyList<Envelope<T>> All => [.. _messages];

        internal void Add(Envelope<T> envelope) => _messages.Enqueue(envelope);

        public Task<Envelope<T>> WaitForAsync(Func<T, bool> match, string what, TimeSpan? timeout = null) =>
            Eventually.ReturnsAsync(() => Task.FromResult(_messages.FirstOrDefault(envelope => match(envelope.Message))), what, timeout);
    }

    public static async Task<PartnerBus> StartAsync(Uri broker, string entityPrefix, Action<Builder>? configure)
    {
        var builder = new Builder();
        configure?.Invoke(builder);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.MessageTopology.SetEntityNameFormatter(new PrefixedEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter, entityPrefix));
            foreach (var observe in builder.Observers.Values)
            {
                observe(rabbit, entityPrefix);
            }
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new PartnerBus(bus, builder.Collections);
    }

    public Received<T> ReceivedOf<T>() => (Received<T>)_observed[typeof(T)];

    /// <summary>Publishes as a service's outbox would: the given message id, so redeliveries can be simulated.</summary>
    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>Publishes a message whose type is only known at run time, as its own type.</summary>
    public Task PublishAsync(object message, Guid messageId) =>
        _bus.Publish(message, message.GetType(), context => context.MessageId = messageId);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
