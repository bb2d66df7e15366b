using System.Reflection;
using MassTransit;

namespace HerstelWerk.Messaging.Broker;

/// <summary>
/// How soon MassTransit tries RabbitMQ again after losing it: every second or two, for as long as the
/// outage lasts.
/// </summary>
/// <remarks>
/// MassTransit 8's RabbitMQ transport reconnects its connection and each receive endpoint with one
/// policy, <c>RabbitMqHostConfiguration.ReceiveTransportRetryPolicy</c>: back-off from 3 s to 30 s,
/// written in its constructor with no setting to change it. After a real broker restart of half a
/// minute, that made consumers resume 18, 21 and 30 s after the broker was back, a different delay per
/// service and endpoint. This keeps MassTransit's own rules for which failures to retry, and replaces
/// only the pace. It has to reach a private field to do so; if a MassTransit upgrade moves that field,
/// <see cref="TryApply"/> returns false, the service logs it at start, and the broker-outage tests fail.
/// </remarks>
internal static class ReconnectionPace
{
    /// <summary>Between attempts; MassTransit adds a second of its own before each.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    public static bool TryApply(IRabbitMqBusFactoryConfigurator rabbit)
    {
        var host = FieldOf(rabbit.GetType(), "_hostConfiguration")?.GetValue(rabbit);
        var policy = host is null ? null : FieldOf(host.GetType(), "<ReceiveTransportRetryPolicy>k__BackingField");
        if (policy?.GetValue(host) is not IRetryPolicy original)
        {
            return false;
        }

        // Incremental with no increment: the same short wait every time, and no array of intervals to hold.
        policy.SetValue(host, Retry.CreatePolicy(retry =>
        {
            retry.Handle<Exception>(original.IsHandled);
            retry.Incremental(int.MaxValue, Interval, TimeSpan.Zero);
        }));
        return true;
    }

    private static FieldInfo? FieldOf(Type? type, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(name, Private) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
