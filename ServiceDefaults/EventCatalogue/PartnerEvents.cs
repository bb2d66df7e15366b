using HerstelWerk.Contracts;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// The events partners may receive: every <see cref="PartnerVisibleAttribute"/> event in Contracts, found
/// by reflection, so marking an event is all it takes to publish it in the catalogue, and nothing else can.
/// </summary>
public static class PartnerEvents
{
    public static IReadOnlyList<Type> All => ContractEvents.PartnerVisible;

    /// <summary>The fanout exchange MassTransit publishes the event to: <c>{Namespace}:{TypeName}</c>.</summary>
    public static string ExchangeName(Type type) => ContractEvents.ExchangeName(type);

    /// <summary>A type's name in the envelope's <c>messageType</c> list: <c>urn:message:{Namespace}:{TypeName}</c>.</summary>
    public static string MessageTypeUrn(Type type) => $"urn:message:{type.Namespace}:{type.Name}";

    /// <summary>The service that publishes it: the last part of its namespace, e.g. <c>Courses</c>.</summary>
    public static string Publisher(Type type) => type.Namespace![(type.Namespace!.LastIndexOf('.') + 1)..];
}
