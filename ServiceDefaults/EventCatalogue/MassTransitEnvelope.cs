using System.Text.Json;
using System.Text.Json.Nodes;
using HerstelWerk.Contracts;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// The JSON envelope MassTransit wraps every event in on the bus (content type
/// <see cref="ContentType"/>): the event under <c>message</c>, with MassTransit's own fields around it.
/// </summary>
public static class MassTransitEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";

    public const string SchemaName = "MassTransitEnvelope";

    public static JsonObject Schema() => new()
    {
        ["type"] = "object",
        ["description"] = "MassTransit's envelope around every event. Fields not listed here may appear (MassTransit writes some as null); ignore them.",
        ["required"] = new JsonArray("messageId", "messageType", "message"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = Field("string", "uuid", "Unique per message: the event's `eventId`. A redelivered event keeps it, so deduplicate by it."),
            ["correlationId"] = Field("string", "uuid", "Set by MassTransit from the event's `eventId`."),
            ["conversationId"] = Field("string", "uuid", "Shared by the messages one action caused."),
            ["sourceAddress"] = Field("string", "uri", "The publishing service's bus endpoint."),
            ["destinationAddress"] = Field("string", "uri", "The exchange the event was published to."),
            ["messageType"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "The event's type as `urn:message:{Namespace}:{TypeName}`, followed by the interfaces it implements.",
                ["items"] = new JsonObject { ["type"] = "string" },
            },
            ["sentTime"] = Field("string", "date-time", "When MassTransit sent the message (UTC); the event's own time is `message.occurredAt`."),
            ["headers"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Transport headers such as trace context; none carries data about a person.",
            },
            ["host"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "The process that sent the message, for diagnostics.",
                ["properties"] = new JsonObject
                {
                    ["machineName"] = new JsonObject { ["type"] = "string" },
                    ["processName"] = new JsonObject { ["type"] = "string" },
                    ["processId"] = new JsonObject { ["type"] = "integer" },
                    ["assembly"] = new JsonObject { ["type"] = "string" },
                    ["assemblyVersion"] = new JsonObject { ["type"] = "string" },
                    ["frameworkVersion"] = new JsonObject { ["type"] = "string" },
                    ["massTransitVersion"] = new JsonObject { ["type"] = "string" },
                    ["operatingSystemVersion"] = new JsonObject { ["type"] = "string" },
                },
            },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "The event." },
        },
    };

    /// <summary>A body as a partner receives it, around the event's example.</summary>
    public static JsonObject Example(Type type, object example)
    {
        var facts = (IIntegrationEvent)example;
        var publisher = PartnerEvents.Publisher(type).ToLowerInvariant();
        return new JsonObject
        {
            ["messageId"] = facts.EventId,
            ["correlationId"] = facts.EventId,
            ["conversationId"] = ExampleEvents.Id($"{type.Name}.conversationId"),
            ["sourceAddress"] = $"rabbitmq://{PartnerBroker.ExampleHost}/{publisher}_bus_example",
            ["destinationAddress"] = $"rabbitmq://{PartnerBroker.ExampleHost}/{PartnerEvents.ExchangeName(type)}",
            ["messageType"] = new JsonArray(PartnerEvents.MessageTypeUrn(type), PartnerEvents.MessageTypeUrn(typeof(IIntegrationEvent))),
            ["message"] = JsonSerializer.SerializeToNode(example, type, EventJson.Options),
            ["sentTime"] = facts.OccurredAt.UtcDateTime.AddSeconds(1),
            ["headers"] = new JsonObject(),
            ["host"] = new JsonObject
            {
                ["machineName"] = $"{publisher}-1",
                ["processName"] = $"HerstelWerk.{PartnerEvents.Publisher(type)}",
                ["assembly"] = $"HerstelWerk.{PartnerEvents.Publisher(type)}",
                ["massTransitVersion"] = "8.5.12.0",
            },
        };
    }

    private static JsonObject Field(string type, string format, string description) =>
        new() { ["type"] = type, ["format"] = format, ["description"] = description };
}
