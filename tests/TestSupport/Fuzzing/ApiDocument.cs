using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>
/// A service's OpenAPI 3.1 document: its operations, its schemas resolved through <c>$ref</c>, and a JSON
/// Schema validator for answers (OpenAPI 3.1 schemas are JSON Schema 2020-12).
/// </summary>
public sealed class ApiDocument
{
    private readonly JsonNode _document;
    private readonly Uri _baseUri;
    private readonly BuildOptions _build;
    private readonly Dictionary<string, JsonSchema> _validators = [];

    public ApiDocument(string json, string service)
    {
        _document = JsonNode.Parse(json)!;
        _baseUri = new Uri($"https://herstelwerk.test/{service}/openapi.json");
        var registry = new SchemaRegistry();
        registry.Register(_baseUri, new JsonElementBaseDocument(JsonDocument.Parse(json).RootElement, _baseUri));
        _build = new BuildOptions { SchemaRegistry = registry };
        Operations = [.. ReadOperations()];
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    /// <summary>The schema behind a <c>$ref</c> (repeatedly), or the schema itself.</summary>
    public JsonNode Resolve(JsonNode schema)
    {
        var current = schema;
        for (var hops = 0; hops < 10 && current is JsonObject node && node["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            current = reference.Split('/').Skip(1).Aggregate((JsonNode?)_document, (at, segment) => at?[segment])
                ?? throw new InvalidOperationException($"Unresolvable {reference}");
        }

        return current;
    }

    /// <summary>Why <paramref name="instance"/> does not match <paramref name="schema"/>, or null when it does.</summary>
    public string? Mismatch(JsonNode schema, JsonElement instance)
    {
        var text = schema.ToJsonString();
        if (!_validators.TryGetValue(text, out var validator))
        {
            // Local references point into the registered document; the schema itself gets a base of its own.
            var absolute = text.Replace("\"#/", $"\"{_baseUri}#/", StringComparison.Ordinal);
            validator = JsonSchema.FromText(absolute, _build, new Uri(_baseUri, $"answers/{_validators.Count}"));
            _validators[text] = validator;
        }

        var result = validator.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? null : string.Join("; ", Flatten(result).Take(5));
    }

    /// <summary>The errors of the parts that failed (a passing oneOf branch keeps the errors of the branch that did not).</summary>
    private static IEnumerable<string> Flatten(EvaluationResults result)
    {
        if (result.IsValid)
        {
            yield break;
        }

        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var (keyword, error) in errors)
            {
                yield return $"{result.InstanceLocation} ({keyword}): {error}";
            }
        }

        foreach (var detail in result.Details ?? [])
        {
            foreach (var line in Flatten(detail))
            {
                yield return line;
            }
        }
    }

    private IEnumerable<ApiOperation> ReadOperations()
    {
        foreach (var (path, item) in _document["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (operationNode is not JsonObject operation || method is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var parameters = (operation["parameters"]?.AsArray() ?? []).OfType<JsonObject>()
                    .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() == true,
                        p["schema"] ?? new JsonObject()))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                var responses = (operation["responses"]?.AsObject() ?? []).ToDictionary(
                    response => response.Key,
                    response => response.Value?["content"]?.AsObject().FirstOrDefault(content => content.Key.Contains("json", StringComparison.Ordinal)).Value?["schema"]);
                yield return new ApiOperation(operation["operationId"]?.GetValue<string>() ?? $"{method} {path}", method.ToUpperInvariant(), path, parameters, body, responses);
            }
        }
    }
}
