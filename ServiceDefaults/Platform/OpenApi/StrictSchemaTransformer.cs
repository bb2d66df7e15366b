using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HerstelWerk.ServiceDefaults.OpenApi;

/// <summary>
/// Makes each schema say exactly what the API accepts and answers, so a client generated from the
/// document (the console's) and a validator (the contract fuzz test) agree with the API:
/// <list type="bullet">
/// <item>an enum is a string with its names, and never lists null (a nullable use says so itself);</item>
/// <item>a required field is never nullable: <c>[Required] DateOnly?</c> exists only to name a missing
/// field in a 400, not to allow null;</item>
/// <item>a string always says it is one (the generator leaves the type off when it adds length limits);</item>
/// </list>
/// A required property that refers to another schema is made non-nullable in the finished document
/// (<see cref="NullabilityTransformer"/>): references exist only there.
/// </summary>
internal sealed class StrictSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { } names)
        {
            foreach (var none in names.Where(name => name is null).ToList())
            {
                names.Remove(none);
            }

            schema.Type = JsonSchemaType.String;
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { } properties)
        {
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (properties.TryGetValue(property.Name, out var propertySchema))
                {
                    properties[property.Name] = Tighten(schema, property, propertySchema);
                    if (IsRequired(property))
                    {
                        NullabilityTransformer.NeverNull(context.JsonTypeInfo.Type, property.Name);
                    }
                }
            }
        }

        // A problem carries extensions (traceId, errors) beside its members: its schema must allow them.
        if (typeof(ProblemDetails).IsAssignableFrom(type))
        {
            schema.AdditionalPropertiesAllowed = true;
            schema.AdditionalProperties = null;
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The trace to find in the dashboard." };
        }

        return Task.CompletedTask;
    }

    private static IOpenApiSchema Tighten(OpenApiSchema owner, JsonPropertyInfo property, IOpenApiSchema propertySchema)
    {
        // Only a field the request must send is never null; an answer's member may be present and null.
        var required = IsRequired(property);
        if (required)
        {
            owner.Required ??= new HashSet<string>();
            owner.Required.Add(property.Name);
        }

        if (propertySchema is not OpenApiSchema inline)
        {
            return propertySchema;
        }

        var clrType = property.PropertyType;
        if (clrType == typeof(string) && inline.Type is null)
        {
            inline.Type = JsonSchemaType.String;
        }

        if (inline.Type is { } schemaType)
        {
            var nullable = !required && (Nullable.GetUnderlyingType(clrType) is not null || !clrType.IsValueType);
            inline.Type = nullable ? schemaType | JsonSchemaType.Null : schemaType & ~JsonSchemaType.Null;
        }

        return inline;
    }

    /// <summary>Required by a <c>[Required]</c> attribute or the <c>required</c> keyword, as validation and the serializer see it.</summary>
    private static bool IsRequired(JsonPropertyInfo property) =>
        property.IsRequired || property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;
}
