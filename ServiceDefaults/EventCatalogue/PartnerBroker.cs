using System.Text.Json.Nodes;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// The partners' door to the broker: a RabbitMQ virtual host of their own, with a user name and
/// password per partner. The one place to change when its address and sign-in are settled.
/// </summary>
public static class PartnerBroker
{
    public const string ServerName = "partners";

    public const string VirtualHost = "partners";

    public const string SecuritySchemeName = "userPassword";

    /// <summary>Stands in for the broker's host name in examples until it is settled.</summary>
    public const string ExampleHost = "broker.herstelwerk.example";

    public static JsonObject Server() => new()
    {
        ["host"] = "{host}",
        ["protocol"] = "amqp",
        ["pathname"] = $"/{VirtualHost}",
        ["title"] = "Partners' virtual host",
        ["description"] = $"HerstelWerk's RabbitMQ broker, virtual host `{VirtualHost}`: partners read only there. Connection details are in the README section \"For partners\".",
        ["variables"] = new JsonObject
        {
            ["host"] = new JsonObject
            {
                ["description"] = "The broker's host name and port, given to each partner with their account.",
                ["default"] = $"{ExampleHost}:5671",
            },
        },
        ["security"] = new JsonArray(new JsonObject { ["$ref"] = $"#/components/securitySchemes/{SecuritySchemeName}" }),
    };

    public static JsonObject SecurityScheme() => new()
    {
        ["type"] = "userPassword",
        ["description"] = "A RabbitMQ user name and password per partner organisation, allowed to bind queues to the exchanges in this catalogue only.",
    };
}
