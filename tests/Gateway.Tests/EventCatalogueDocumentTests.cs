using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using HerstelWerk.EventCatalogue;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The event catalogue holds exactly the partner-visible events, each as its exchange, a receive
/// operation and a message, with the fields the contract conventions checked and their doc comments.
/// </summary>
public sealed class EventCatalogueDocumentTests
{
    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void A_partner_visible_event_is_a_channel_on_its_exchange_with_a_receive_operation(Type type)
    {
        var exchange = $"{type.Namespace}:{type.Name}";
        var channel = CatalogueDocument.Root["channels"]![exchange];
        var operation = CatalogueDocument.Root["operations"]!.AsObject().Select(o => o.Value!)
            .Single(o => o["channel"]!["$ref"]!.GetValue<string>() == $"#/channels/{exchange}");

        Assert.NotNull(channel);
        Assert.Equal(exchange, channel["address"]!.GetValue<string>());
        Assert.Equal("fanout", channel["bindings"]!["amqp"]!["exchange"]!["type"]!.GetValue<string>());
        Assert.Equal($"#/components/messages/{type.Name}", channel["messages"]![type.Name]!["$ref"]!.GetValue<string>());
        Assert.Equal("receive", operation["action"]!.GetValue<string>());
        Assert.Equal($"#/channels/{exchange}/messages/{type.Name}", operation["messages"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal(MassTransitEnvelope.ContentType, CatalogueDocument.Message(type)["contentType"]!.GetValue<string>());
    }

    [Fact]
    public void The_catalogue_has_one_channel_operation_and_message_per_partner_visible_event()
    {
        var visible = CatalogueDocument.PartnerVisibleEvents.Select(type => type.Name).Order().ToList();

        Assert.NotEmpty(visible);
        Assert.Equal(visible, CatalogueDocument.Root["components"]!["messages"]!.AsObject().Select(m => m.Key).Order());
        Assert.Equal(visible.Count, CatalogueDocument.Root["channels"]!.AsObject().Count);
        Assert.Equal(visible.Count, CatalogueDocument.Root["operations"]!.AsObject().Count);
    }

    /// <summary>Searched as text too: an internal event must not appear as a name, a reference or an example.</summary>
    [Theory]
    [MemberData(nameof(CatalogueDocument.Internal), MemberType = typeof(CatalogueDocument))]
    public void An_internal_event_appears_nowhere_in_the_catalogue(Type type) =>
        Assert.DoesNotContain(type.Name, CatalogueDocument.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The schema lists exactly the public properties that ContractConventionsTests checked against the
    /// personal-data allow-list, in the serializer's names, so no field reaches partners unreviewed.
    /// </summary>
    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void The_payload_has_exactly_the_properties_the_contract_conventions_checked(Type type)
    {
        var checkedByConventions = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)).Order().ToList();
        var schema = CatalogueDocument.PayloadSchema(type);

        Assert.Equal(checkedByConventions, schema["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(checkedByConventions, CatalogueDocument.Example(type)["message"]!.AsObject().Select(p => p.Key).Order());
    }

    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void Required_members_are_required_and_nullable_ones_allow_null(Type type)
    {
        var schema = CatalogueDocument.PayloadSchema(type);
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
        var nullability = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var types = schema["properties"]![name]!["type"]!;
            var allowsNull = types is JsonArray list && list.Any(t => t!.GetValue<string>() == "null");
            Assert.Equal(property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute)), required.Contains(name));
            Assert.Equal(nullability.Create(property).ReadState == NullabilityState.Nullable, allowsNull);
        }

        Assert.Equal("object", schema["type"]!.GetValue<string>());
    }

    /// <summary>Every field is described from its doc comment; <c>eventId</c> and <c>occurredAt</c> through <c>&lt;inheritdoc/&gt;</c>.</summary>
    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void Every_field_and_event_is_described_from_the_doc_comments(Type type)
    {
        var schema = CatalogueDocument.PayloadSchema(type);
        var undescribed = schema["properties"]!.AsObject()
            .Where(p => string.IsNullOrWhiteSpace(p.Value!["description"]?.GetValue<string>()))
            .Select(p => p.Key)
            .ToList();

        Assert.Empty(undescribed);
        Assert.False(string.IsNullOrWhiteSpace(schema["description"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(CatalogueDocument.Message(type)["summary"]?.GetValue<string>()));
        Assert.Equal("Unique per event. Also the message id on the bus, so consumers use it to drop duplicates.",
            schema["properties"]!["eventId"]!["description"]!.GetValue<string>());
        Assert.Equal("When the change happened in the publishing service (UTC).", schema["properties"]!["occurredAt"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Dates_are_date_strings_and_times_date_time_strings()
    {
        var released = CatalogueDocument.PayloadSchema(typeof(Contracts.Courses.ParticipantReleasedV1))["properties"]!;
        var message = CatalogueDocument.Example(typeof(Contracts.Courses.ParticipantReleasedV1))["message"]!;

        Assert.Equal("date", released["releasedOn"]!["format"]!.GetValue<string>());
        Assert.Equal("date-time", released["occurredAt"]!["format"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", message["releasedOn"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", message["occurredAt"]!.GetValue<string>());
    }

    [Fact]
    public void The_description_states_the_versioning_rules_and_where_to_connect()
    {
        var description = CatalogueDocument.Root["info"]!["description"]!.GetValue<string>();

        Assert.Equal("3.0.0", CatalogueDocument.Root["asyncapi"]!.GetValue<string>());
        Assert.Contains("only ever gains optional fields", description);
        Assert.Contains("`...V2`", description);
        Assert.Contains("`revision`", description);
        Assert.Contains("deduplicate by `eventId`", description);
        Assert.Contains("README section \"For partners\"", description);
    }

    [Fact]
    public void Partners_connect_to_their_own_virtual_host_with_a_user_name_and_password()
    {
        var server = CatalogueDocument.Root["servers"]![PartnerBroker.ServerName]!;

        Assert.Equal("amqp", server["protocol"]!.GetValue<string>());
        Assert.Equal("/partners", server["pathname"]!.GetValue<string>());
        Assert.Equal("{host}", server["host"]!.GetValue<string>());
        Assert.NotNull(server["variables"]!["host"]!["default"]);
        Assert.Equal("#/components/securitySchemes/userPassword", server["security"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("userPassword", CatalogueDocument.Root["components"]!["securitySchemes"]!["userPassword"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void The_document_is_the_same_on_every_build() => Assert.Equal(CatalogueDocument.Json, EventCatalogueDocument.ToJson());
}
