using MassTransit;

namespace HerstelWerk.Messaging.Broker;

/// <summary>Prefixes message exchanges with <see cref="MessagingOptions.EntityPrefix"/>.</summary>
public sealed class PrefixedEntityNameFormatter(IEntityNameFormatter inner, string prefix) : IEntityNameFormatter
{
    public string FormatEntityName<T>() => prefix + inner.FormatEntityName<T>();
}
