using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.OpenApi;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// A service's OpenAPI document as Scalar reads it: every operation summarised, every JSON body and
/// success answer with an example, and the request examples good enough to send as they are. Each
/// service's test project derives one class from this, so all four documents meet the same bar.
/// </summary>
public abstract class OpenApiDocumentTests<TProgram>(ServiceFixture<TProgram> service) where TProgram : class
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private static readonly string[] SuccessStatuses = ["200", "201"];

    [Fact]
    public async Task Every_operation_has_a_summary()
    {
        var document = await DocumentAsync();

        var unsummarised = Operations(document)
            .Where(operation => !operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            .Select(operation => operation.Name)
            .ToList();

        Assert.NotEmpty(Operations(document));
        Assert.True(unsummarised.Count == 0, $"No summary (WithSummary) for:\n{string.Join("\n", unsummarised)}");
    }

    [Fact]
    public async Task Every_json_request_body_and_success_response_shows_an_example()
    {
        var document = await DocumentAsync();
        var withoutExample = new List<string>();
        foreach (var (name, _, _, operation) in Operations(document))
        {
            if (operation.TryGetProperty("requestBody", out var body) && JsonSchema(body) is { } requestSchema && !ShowsExample(document, requestSchema))
            {
                withoutExample.Add($"{name}: request body");
            }

            foreach (var status in SuccessStatuses)
            {
                if (operation.GetProperty("responses").TryGetProperty(status, out var response) && JsonSchema(response) is { } responseSchema
                    && !ShowsExample(document, responseSchema))
                {
                    withoutExample.Add($"{name}: {status} response");
                }
            }
        }

        // The type behind each of these needs IOpenApiExample<T>: a static Example next to its members.
        Assert.True(withoutExample.Count == 0, $"No example for:\n{string.Join("\n", withoutExample)}");
    }

    [Fact]
    public async Task Every_answer_an_operation_gives_is_documented_edits_428_and_changes_409_and_412()
    {
        var document = await DocumentAsync();
        var missing = new List<string>();
        foreach (var (name, _, method, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses");
            var ifMatchRequired = operation.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "If-Match" && p.TryGetProperty("required", out var r) && r.GetBoolean());
            string[] expected = method is "post" or "put" or "patch" or "delete" ? ["409", "412", "503"] : ["503"];
            missing.AddRange(expected.Concat(ifMatchRequired ? ["428"] : []).Where(status => !responses.TryGetProperty(status, out _)).Select(status => $"{name}: {status}"));
            missing.AddRange(responses.EnumerateObject().Where(r => r.Name.StartsWith('4') && !r.Value.TryGetProperty("content", out _))
                .Select(r => $"{name}: {r.Name} without its problem body"));
        }

        Assert.True(missing.Count == 0, $"Undocumented answers:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public async Task Null_is_allowed_where_a_schema_is_used_never_in_a_component_or_a_required_field()
    {
        var document = await DocumentAsync();
        var wrong = new List<string>();
        foreach (var component in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (component.Value.TryGetProperty("enum", out var names) && names.EnumerateArray().Any(n => n.ValueKind == JsonValueKind.Null))
            {
                wrong.Add($"{component.Name}: the enum lists null, so oneOf [null, {component.Name}] fails for null");
            }

            if (HasType(component.Value, "object") && HasType(component.Value, "null"))
            {
                wrong.Add($"{component.Name}: the record allows null itself");
            }

            if (!component.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            foreach (var property in properties.EnumerateObject())
            {
                if (HasType(property.Value, "string") is false && !property.Value.TryGetProperty("type", out _)
                    && !property.Value.TryGetProperty("$ref", out _) && !property.Value.TryGetProperty("oneOf", out _))
                {
                    wrong.Add($"{component.Name}.{property.Name}: no type");
                }
            }
        }

        foreach (var (name, _, _, operation) in Operations(document))
        {
            if (!operation.TryGetProperty("requestBody", out var body) || JsonSchema(body) is not { } bodySchema)
            {
                continue;
            }

            var schema = Resolve(document, bodySchema);
            var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToList() : [];
            foreach (var field in required.Where(field => schema.GetProperty("properties").TryGetProperty(field, out _)))
            {
                var property = schema.GetProperty("properties").GetProperty(field);
                if (HasType(property, "null") || (property.TryGetProperty("oneOf", out var choices) && choices.EnumerateArray().Any(c => HasType(c, "null"))))
                {
                    wrong.Add($"{name}: the required field {field} is nullable");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Paged_lists_state_their_limits()
    {
        var document = await DocumentAsync();
        var paged = Operations(document)
            .SelectMany(o => o.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(parameter => (o.Name, parameter)) : [])
            .Where(p => p.parameter.GetProperty("name").GetString() == "pageSize")
            .ToList();

        Assert.NotEmpty(paged);
        Assert.All(paged, p =>
        {
            var schema = p.parameter.GetProperty("schema");
            Assert.True(schema.TryGetProperty("maximum", out var max) && max.GetInt32() == PageQuery.MaxPageSize, $"{p.Name}: pageSize states no maximum of {PageQuery.MaxPageSize}");
            Assert.True(schema.TryGetProperty("minimum", out var min) && min.GetInt32() == 1, $"{p.Name}: pageSize states no minimum of 1");
            Assert.True(HasType(schema, "integer") && !HasType(schema, "string"), $"{p.Name}: pageSize is not documented as a whole number");
        });
    }

    /// <summary>
    /// The example types that ValidationFilter would check as a request: the service's own and the
    /// ones ServiceDefaults maps for every service.
    /// </summary>
    public static TheoryData<Type> ValidatedExampleTypes => new(
        new[] { typeof(TProgram).Assembly, typeof(IOpenApiExample<>).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOpenApiExample<>)))
            .Where(type => typeof(IValidatableObject).IsAssignableFrom(type)
                || type.GetProperties().Any(property => property.IsDefined(typeof(ValidationAttribute), inherit: true)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal));

    /// <summary>
    /// Most request examples need records that exist to be posted, so this checks them all the way
    /// ValidationFilter does before any handler runs: attributes, then IValidatableObject.
    /// </summary>
    [Theory]
    [MemberData(nameof(ValidatedExampleTypes))]
    public void Every_request_example_passes_the_request_validation(Type type)
    {
        var example = type.GetProperty(nameof(IOpenApiExample<>.Example), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(example, new ValidationContext(example), results, validateAllProperties: true);

        Assert.True(valid, $"{type.Name}.Example: {string.Join(" ", results.Select(result => result.ErrorMessage))}");
    }

    /// <summary>
    /// Sends the request example the document shows for <paramref name="operationId"/> to that
    /// operation, as Scalar's "try it" would, and checks the answer; for a service's create endpoints
    /// whose example stands on its own, without records that must exist first.
    /// </summary>
    protected async Task AssertRequestExampleIsAcceptedAsync(string operationId, string role, HttpStatusCode expected)
    {
        var document = await DocumentAsync();
        var (_, path, method, operation) = Operations(document)
            .Single(o => o.Value.TryGetProperty("operationId", out var id) && id.GetString() == operationId);
        var example = Resolve(document, JsonSchema(operation.GetProperty("requestBody"))!.Value).GetProperty("examples")[0].GetRawText();

        using var client = service.ClientAs(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(example, Encoding.UTF8, "application/json") };
        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == expected, $"{operationId} with {example} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await service.Client.GetStringAsync(OpenApiExtensions.DocumentPath)).RootElement;

    private static IEnumerable<(string Name, string Path, string Method, JsonElement Value)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from member in path.Value.EnumerateObject()
        where HttpMethods.Contains(member.Name)
        select ($"{member.Name.ToUpperInvariant()} {path.Name}", path.Name, member.Name, member.Value);

    /// <summary>The schema of a request body's or response's JSON content; null when it has none.</summary>
    private static JsonElement? JsonSchema(JsonElement bodyOrResponse) =>
        bodyOrResponse.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    /// <summary>
    /// Whether the schema carries an example ("examples" in OpenAPI 3.1, "example" in 3.0); a list, or
    /// a page with <c>items</c>, is shown through the example of its item type.
    /// </summary>
    private static bool ShowsExample(JsonElement document, JsonElement schema)
    {
        schema = Resolve(document, schema);
        if ((schema.TryGetProperty("examples", out var examples) && examples.GetArrayLength() > 0) || schema.TryGetProperty("example", out _))
        {
            return true;
        }

        if (HasType(schema, "array"))
        {
            return schema.TryGetProperty("items", out var item) && ShowsExample(document, item);
        }

        return schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty("items", out var pageItems)
            && HasType(Resolve(document, pageItems), "array") && ShowsExample(document, pageItems);
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            const string Prefix = "#/components/schemas/";
            var target = reference.GetString()!;
            Assert.StartsWith(Prefix, target);
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(target[Prefix.Length..]);
        }

        return schema;
    }

    /// <summary>OpenAPI 3.1 gives "type" as one name or, for nullable values, a list of names.</summary>
    private static bool HasType(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var types)
        && (types.ValueKind == JsonValueKind.Array ? types.EnumerateArray().Any(t => t.GetString() == type) : types.GetString() == type);
}
