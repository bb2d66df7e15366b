using System.Text.Json;
using System.Text.Json.Nodes;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// The AsyncAPI 3.0.0 document of the partner-visible events: per event a channel named and addressed
/// after its fanout exchange, a <c>receive</c> operation (the partner receives) and a message whose
/// payload is MassTransit's envelope around the event's schema, with an example.
/// </summary>
public static class EventCatalogueDocument
{
    public const string AsyncApiVersion = "3.0.0";

    public static string ToJson() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static JsonObject Build()
    {
        var docs = ContractDocs.Load();
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        var schemas = new JsonObject { [MassTransitEnvelope.SchemaName] = MassTransitEnvelope.Schema() };
        foreach (var type in PartnerEvents.All)
        {
            channels[PartnerEvents.ExchangeName(type)] = Channel(type, docs);
            operations[$"receive{type.Name}"] = Operation(type);
            messages[type.Name] = Message(type, docs);
            schemas[type.Name] = PayloadSchemas.For(type, docs);
        }

        return new JsonObject
        {
            ["asyncapi"] = AsyncApiVersion,
            ["info"] = CatalogueInfo.Info(),
            ["defaultContentType"] = MassTransitEnvelope.ContentType,
            ["servers"] = new JsonObject { [PartnerBroker.ServerName] = PartnerBroker.Server() },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject
            {
                ["messages"] = messages,
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject { [PartnerBroker.SecuritySchemeName] = PartnerBroker.SecurityScheme() },
            },
        };
    }

    private static JsonObject Channel(Type type, ContractDocs docs) => new()
    {
        ["address"] = PartnerEvents.ExchangeName(type),
        ["title"] = type.Name,
        ["summary"] = docs.Summary(type),
        ["messages"] = new JsonObject { [type.Name] = Ref($"#/components/messages/{type.Name}") },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject
                {
                    ["name"] = PartnerEvents.ExchangeName(type),
                    ["type"] = "fanout",
                    ["durable"] = true,
                    ["autoDelete"] = false,
                    ["vhost"] = PartnerBroker.VirtualHost,
                },
                ["bindingVersion"] = "0.3.0",
            },
        },
    };

    private static JsonObject Operation(Type type) => new()
    {
        ["action"] = "receive",
        ["channel"] = Ref($"#/channels/{PartnerEvents.ExchangeName(type)}"),
        ["summary"] = $"Receive {type.Name} from {PartnerEvents.Publisher(type)}.",
        ["messages"] = new JsonArray(Ref($"#/channels/{PartnerEvents.ExchangeName(type)}/messages/{type.Name}")),
    };

    private static JsonObject Message(Type type, ContractDocs docs)
    {
        var message = new JsonObject
        {
            ["name"] = type.Name,
            ["title"] = type.Name,
            ["summary"] = docs.Summary(type),
            ["contentType"] = MassTransitEnvelope.ContentType,
            ["payload"] = new JsonObject
            {
                ["allOf"] = new JsonArray(
                    Ref($"#/components/schemas/{MassTransitEnvelope.SchemaName}"),
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["messageType"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = PartnerEvents.MessageTypeUrn(type) } },
                            ["message"] = Ref($"#/components/schemas/{type.Name}"),
                        },
                    }),
            },
            ["examples"] = new JsonArray(new JsonObject
            {
                ["name"] = $"{type.Name}Example",
                ["summary"] = $"A synthetic {type.Name} as a partner's queue receives it.",
                ["payload"] = MassTransitEnvelope.Example(type, ExampleEvents.For(type)),
            }),
        };
        if (docs.Remarks(type) is { } remarks)
        {
            message["description"] = remarks;
        }

        return message;
    }

    private static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
