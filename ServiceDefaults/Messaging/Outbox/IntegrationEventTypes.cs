using System.Collections.Concurrent;
using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// Maps the type name stored in an outbox row back to the event type. Only types that implement
/// <see cref="IIntegrationEvent"/> resolve, so a row can never make the dispatcher load anything else.
/// </summary>
internal sealed class IntegrationEventTypes
{
    private readonly ConcurrentDictionary<string, Type?> _types = new(StringComparer.Ordinal);

    public Type Resolve(string typeName) =>
        _types.GetOrAdd(typeName, Find)
        ?? throw new InvalidOperationException($"Outbox message type '{typeName}' is not a known integration event.");

    private static Type? Find(string typeName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(typeName, throwOnError: false))
            .FirstOrDefault(type => type is { IsAbstract: false } && type.IsAssignableTo(typeof(IIntegrationEvent)));
}
