using System.Collections.Concurrent;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HerstelWerk.ServiceDefaults.OpenApi;

/// <summary>
/// Where null is allowed, in the finished document, said once and in one place: where a schema is used.
/// <list type="bullet">
/// <item>A component (a record) never allows null itself: a use that may be null says
/// <c>oneOf: [null, $ref]</c>, and a component that allowed null too would make null match both
/// branches, which <c>oneOf</c> forbids, so a valid null would fail validation.</item>
/// <item>A required request field written <c>oneOf: [null, $ref]</c> becomes the plain <c>$ref</c>:
/// <c>[Required] ParticipantGroup?</c> is nullable only so a missing field can be named in a 400.</item>
/// </list>
/// </summary>
internal sealed class NullabilityTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The fields a request must send, by component name: told by <see cref="StrictSchemaTransformer"/>, which sees the types.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> Required = new(StringComparer.Ordinal);

    public static void NeverNull(Type type, string property) =>
        Required.GetOrAdd(type.Name, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))[property] = true;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (component, componentSchema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (componentSchema is OpenApiSchema { Type: { } type } record && type.HasFlag(JsonSchemaType.Object))
            {
                record.Type = type & ~JsonSchemaType.Null;
            }

            if (componentSchema is not OpenApiSchema { Properties: { } properties } || !Required.TryGetValue(component, out var required))
            {
                continue;
            }

            foreach (var name in required.Keys.Where(properties.ContainsKey))
            {
                if (properties[name] is OpenApiSchema { OneOf: { Count: 2 } choices } && choices.Count(IsNullOnly) == 1)
                {
                    properties[name] = choices.Single(choice => !IsNullOnly(choice));
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNullOnly(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null, OneOf: null };
}
