using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using HerstelWerk.Contracts;
using HerstelWerk.EventCatalogue;
using MassTransit;
using MassTransit.Serialization;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The catalogue's examples and schemas against MassTransit itself: what it reads and writes, and a body
/// it really sends. The catalogue restates MassTransit's JSON options (the gateway carries no broker
/// library), so these tests are what keeps the two the same.
/// </summary>
public sealed class EventCatalogueExampleTests
{
    private static readonly JsonSerializerOptions MassTransitJson = SystemTextJsonMessageSerializer.Options;

    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void The_example_reads_into_the_event_and_writes_back_the_same(Type type)
    {
        var example = CatalogueDocument.Example(type)["message"]!;

        var read = example.Deserialize(type, MassTransitJson)!;
        var written = JsonSerializer.SerializeToNode(read, type, MassTransitJson);

        Assert.IsType(type, read);
        Assert.True(JsonNode.DeepEquals(example, written), $"{type.Name}: read and written back as\n{written}\nnot\n{example}");
    }

    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void The_payload_schema_accepts_its_own_example(Type type) =>
        Assert.Null(CatalogueDocument.Mismatch($"#/components/messages/{type.Name}/payload", CatalogueDocument.Example(type)));

    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void The_payload_schema_refuses_an_example_without_a_required_field(Type type)
    {
        var broken = CatalogueDocument.Example(type).DeepClone();
        broken["message"]!.AsObject().Remove("eventId");

        Assert.NotNull(CatalogueDocument.Mismatch($"#/components/messages/{type.Name}/payload", broken));
    }

    /// <summary>Every option that changes what is read or written is MassTransit's; only the indentation differs.</summary>
    [Fact]
    public void The_catalogue_uses_MassTransits_serializer_options()
    {
        string[] layoutOnly = [nameof(JsonSerializerOptions.WriteIndented), nameof(JsonSerializerOptions.IsReadOnly)];
        var differences = typeof(JsonSerializerOptions).GetProperties()
            .Where(option => option.GetIndexParameters().Length == 0 && !layoutOnly.Contains(option.Name))
            .Where(option => option.PropertyType.IsValueType || option.PropertyType == typeof(string) || option.Name.EndsWith("Policy", StringComparison.Ordinal) || option.Name == nameof(JsonSerializerOptions.Encoder))
            .Where(option => !Equals(Describe(option.GetValue(MassTransitJson)), Describe(option.GetValue(EventJson.Options))))
            .Select(option => $"{option.Name}: MassTransit {option.GetValue(MassTransitJson)}, catalogue {option.GetValue(EventJson.Options)}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>The catalogue's options write what MassTransit's write, and describe it with the same schema.</summary>
    [Theory]
    [MemberData(nameof(CatalogueDocument.PartnerVisible), MemberType = typeof(CatalogueDocument))]
    public void The_catalogue_writes_and_describes_events_as_MassTransit_does(Type type)
    {
        var example = ExampleEvents.For(type);
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };

        Assert.Equal(JsonSerializer.Serialize(example, type, MassTransitJson), JsonSerializer.Serialize(example, type, new JsonSerializerOptions(EventJson.Options) { WriteIndented = MassTransitJson.WriteIndented }));
        Assert.True(JsonNode.DeepEquals(
            JsonSchemaExporter.GetJsonSchemaAsNode(new JsonSerializerOptions(MassTransitJson), type, exporter),
            JsonSchemaExporter.GetJsonSchemaAsNode(EventJson.Options, type, exporter)));
    }

    /// <summary>A policy or encoder is the same when it is of the same kind; values compare as themselves.</summary>
    private static object? Describe(object? value) => value is null || value.GetType().IsValueType || value is string ? value : value.GetType();

    /// <summary>
    /// Each example published on MassTransit's in-memory bus: the body it writes matches the message's
    /// payload schema, envelope and all, so the catalogue describes the bodies partners will get.
    /// </summary>
    [Fact]
    public async Task A_body_MassTransit_really_sends_matches_the_payload_schema()
    {
        var bodies = new ConcurrentDictionary<Guid, string>();
        var bus = Bus.Factory.CreateUsingInMemory(transport => transport.ReceiveEndpoint($"catalogue-{Guid.NewGuid():N}", endpoint =>
            endpoint.Handler<IIntegrationEvent>(context =>
            {
                bodies[context.MessageId!.Value] = context.ReceiveContext.Body.GetString();
                return Task.CompletedTask;
            })));
        await bus.StartAsync();
        try
        {
            var types = CatalogueDocument.PartnerVisibleEvents.ToList();
            foreach (var type in types)
            {
                var example = (IIntegrationEvent)ExampleEvents.For(type);
                // As the services' outbox does: the event id is the message id.
                await bus.Publish(example, type, context => context.MessageId = example.EventId);
            }

            await Testing.Eventually.HoldsAsync(() => Task.FromResult(bodies.Count == types.Count), "every example received");
            foreach (var type in types)
            {
                var body = JsonNode.Parse(bodies[((IIntegrationEvent)ExampleEvents.For(type)).EventId])!;
                Assert.Null(CatalogueDocument.Mismatch($"#/components/messages/{type.Name}/payload", body));
                Assert.Equal(PartnerEvents.MessageTypeUrn(type), body["messageType"]![0]!.GetValue<string>());
                Assert.True(JsonNode.DeepEquals(CatalogueDocument.Example(type)["message"], body["message"]), $"{type.Name}: MassTransit sent {body["message"]}");
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
