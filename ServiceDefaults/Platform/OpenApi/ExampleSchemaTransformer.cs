using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HerstelWerk.ServiceDefaults.OpenApi;

/// <summary>
/// Gives the schema of every type that implements <see cref="IOpenApiExample{TSelf}"/> that type's example.
/// </summary>
/// <remarks>
/// The example is serialized with the JSON settings the schema was generated from, the ones the
/// endpoints answer with, so property names and enum values in the document match the wire exactly.
/// Schema transformers run on a type's full schema before it becomes a component under
/// <c>components/schemas</c>, so the example ends up there, where every <c>$ref</c> finds it.
/// </remarks>
internal sealed class ExampleSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly MethodInfo SerializeExampleMethod =
        typeof(ExampleSchemaTransformer).GetMethod(nameof(SerializeExample), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        // A generic method constrained to the interface reads the static member without naming it by string.
        if (ImplementsExample(type) && SerializeExampleMethod.MakeGenericMethod(type).Invoke(null, [context.JsonTypeInfo]) is JsonNode example)
        {
            // OpenAPI 3.1 schemas are JSON Schema 2020-12, where "examples" (a list) replaced the
            // deprecated "example"; Scalar shows the first.
            schema.Examples = [example];
        }

        return Task.CompletedTask;
    }

    private static bool ImplementsExample(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOpenApiExample<>) && i.GenericTypeArguments[0] == type);

    private static JsonNode? SerializeExample<T>(JsonTypeInfo typeInfo) where T : IOpenApiExample<T> =>
        JsonSerializer.SerializeToNode(T.Example, typeInfo);
}
