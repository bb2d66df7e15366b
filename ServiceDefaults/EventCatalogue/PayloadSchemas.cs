using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// An event's JSON Schema as the serializer sees the type (<see cref="JsonSchemaExporter"/> over
/// <see cref="EventJson.Options"/>): exactly the properties it writes, <c>required</c> members required,
/// nullable ones nullable; described by the doc comments.
/// </summary>
public static class PayloadSchemas
{
    public static JsonObject For(Type type, ContractDocs docs) =>
        (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(EventJson.Options, type, new JsonSchemaExporterOptions
        {
            // The event itself is never null; its nullable properties still say so.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) =>
            {
                var description = context.PropertyInfo?.AttributeProvider is PropertyInfo property ? docs.Summary(property)
                    : context.Path.IsEmpty && context.TypeInfo.Type == type ? docs.Summary(type)
                    : null;
                if (description is not null && schema is JsonObject node)
                {
                    node["description"] = description;
                }

                return schema;
            },
        });
}
