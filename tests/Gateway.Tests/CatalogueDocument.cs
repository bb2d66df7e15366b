using System.Text.Json;
using System.Text.Json.Nodes;
using HerstelWerk.Contracts;
using HerstelWerk.EventCatalogue;
using Json.Schema;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>The generated event catalogue as the tests read it: its JSON, the event types on both sides of the mark, and its schemas as validators.</summary>
internal static class CatalogueDocument
{
    private static readonly Uri BaseUri = new("https://herstelwerk.test/asyncapi/herstelwerk.json");

    public static readonly string Json = EventCatalogueDocument.ToJson();

    public static readonly JsonNode Root = JsonNode.Parse(Json)!;

    private static readonly BuildOptions Build = CreateBuildOptions();

    public static IReadOnlyList<Type> AllEvents => ContractEvents.All;

    public static IReadOnlyList<Type> PartnerVisibleEvents => ContractEvents.PartnerVisible;

    public static TheoryData<Type> PartnerVisible() => Rows(PartnerVisibleEvents);

    public static TheoryData<Type> Internal() => Rows(AllEvents.Where(type => type.IsDefined(typeof(InternalEventAttribute), inherit: false)));

    public static JsonObject Message(Type type) => Root["components"]!["messages"]![type.Name]!.AsObject();

    public static JsonObject PayloadSchema(Type type) => Root["components"]!["schemas"]![type.Name]!.AsObject();

    public static JsonNode Example(Type type) => Message(type)["examples"]![0]!["payload"]!;

    /// <summary>Why <paramref name="instance"/> does not match the schema at <paramref name="pointer"/> in the document (local references resolved), or null when it does.</summary>
    public static string? Mismatch(string pointer, JsonNode instance)
    {
        var schema = pointer.Split('/').Skip(1).Aggregate(Root, (at, segment) => at[segment]!);
        var text = schema.ToJsonString().Replace("\"#/", $"\"{BaseUri}#/", StringComparison.Ordinal);
        var validator = JsonSchema.FromText(text, Build, new Uri(BaseUri, $"checked/{Guid.NewGuid():N}"));
        var result = validator.Evaluate(JsonDocument.Parse(instance.ToJsonString()).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? null : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}")));
    }

    private static BuildOptions CreateBuildOptions()
    {
        var registry = new SchemaRegistry();
        registry.Register(BaseUri, new JsonElementBaseDocument(JsonDocument.Parse(Json).RootElement, BaseUri));
        return new BuildOptions { SchemaRegistry = registry };
    }

    private static TheoryData<Type> Rows(IEnumerable<Type> types)
    {
        var data = new TheoryData<Type>();
        foreach (var type in types)
        {
            data.Add(type);
        }

        return data;
    }
}
