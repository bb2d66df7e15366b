using System.Reflection;

namespace HerstelWerk.Contracts;

/// <summary>Every integration event this assembly defines, and the ones partners may see.</summary>
public static class ContractEvents
{
    /// <summary>Every event type, in a stable order (by full name).</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IIntegrationEvent)))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The events marked <see cref="PartnerVisibleAttribute"/>: the catalogue, the partners' door and their webhooks.</summary>
    public static IReadOnlyList<Type> PartnerVisible { get; } = All.Where(IsPartnerVisible).ToArray();

    /// <summary>
    /// The RabbitMQ fanout exchange an event is published to, <c>{Namespace}:{TypeName}</c> as MassTransit
    /// names it (e.g. <c>HerstelWerk.Contracts.Courses:ParticipantReleasedV1</c>): what a consumer binds to.
    /// </summary>
    public static string ExchangeName(Type type) => $"{type.Namespace}:{type.Name}";

    /// <summary>Whether partners may receive events of <paramref name="type"/>.</summary>
    public static bool IsPartnerVisible(Type type) => type.IsDefined(typeof(PartnerVisibleAttribute), inherit: false);
}
