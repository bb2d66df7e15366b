using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>
/// Makes requests for an operation from its document: allowed ones, built from the schema and the types'
/// examples with ids the service handed out, and hostile ones, with one thing made wrong the way a
/// careless client or an attacker would (a control character, a number for a choice, a null entry, a
/// missing or unknown or repeated field, a wrong type, a value out of range, broken JSON).
/// </summary>
public sealed class RequestFactory(ApiDocument document, IdPool ids, PCG random)
{
    private static readonly string[] Hostilities =
        ["control character", "number for a choice", "unknown choice", "null entry", "missing field", "unknown field", "repeated field",
         "wrong type", "out of range", "broken JSON", "hostile query"];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public FuzzRequest Create(ApiOperation operation, bool hostile)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal) { "body" };
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            fields.Add(parameter.Name);
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(PathValue(parameter)), StringComparison.Ordinal);
        }

        var kind = hostile ? Hostilities[Next(Hostilities.Length)] : null;
        var query = new List<string>();
        var queryParameters = operation.Parameters.Where(p => p.In == "query").ToList();
        var spoiled = kind == "hostile query" && queryParameters.Count > 0 ? queryParameters[Next(queryParameters.Count)] : null;
        foreach (var parameter in queryParameters)
        {
            fields.Add(parameter.Name);
            if (parameter == spoiled)
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(HostileQueryValue(document.Resolve(parameter.Schema)))}");
            }
            else if (parameter.Required || Chance(50))
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(Scalar(Value(parameter.Schema, parameter.Name, depth: 0)))}");
            }
        }

        var headers = new Dictionary<string, string>();
        foreach (var header in operation.Parameters.Where(p => p.In == "header"))
        {
            fields.Add(header.Name);
            if (header.Name == "If-Match" && (header.Required || Chance(30)))
            {
                headers[header.Name] = Chance(50) ? "*" : $"\"{Next(5)}\"";
            }
            else if (header.Name == "Idempotency-Key" && Chance(50))
            {
                headers[header.Name] = Guid.NewGuid().ToString();
            }
        }

        string? body = null;
        if (operation.Body is { } bodySchema)
        {
            Names(bodySchema, fields, depth: 0);
            var value = Value(bodySchema, name: null, depth: 0);
            body = kind is null or "hostile query" ? value?.ToJsonString() : Spoil(value, bodySchema, kind, out kind);
        }
        else if (kind is not "hostile query")
        {
            kind = spoiled is null ? null : kind;
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        return new FuzzRequest(operation, url, body, headers, fields, kind is "hostile query" && spoiled is null ? null : kind);
    }

    private int Next(int count) => count <= 1 ? 0 : (int)random.Next((uint)count);

    private bool Chance(int percent) => Next(100) < percent;

    private string PathValue(ApiParameter parameter)
    {
        var schema = document.Resolve(parameter.Schema);
        if (ids.Pick(parameter.Name, Next) is { } known && Chance(85))
        {
            return known;
        }

        return schema["format"]?.GetValue<string>() == "uuid" ? Guid.NewGuid().ToString() : Scalar(Value(parameter.Schema, parameter.Name, depth: 0));
    }

    /// <summary>A value the schema allows, preferring the type's own example and ids the service handed out.</summary>
    private JsonNode? Value(JsonNode schemaNode, string? name, int depth)
    {
        if (name is not null && name.EndsWith("Id", StringComparison.Ordinal) && ids.Pick(name, Next) is { } known && Chance(80))
        {
            return JsonValue.Create(known);
        }

        var schema = document.Resolve(schemaNode);
        if (schema["oneOf"] is JsonArray choices)
        {
            var real = choices.Where(c => c?["type"]?.ToString() != "null").ToList();
            return real.Count == 0 || Chance(5) ? null : Value(real[Next(real.Count)]!, name, depth);
        }

        if (schema["examples"] is JsonArray { Count: > 0 } examples && Chance(60))
        {
            return WithKnownIds(examples[0]?.DeepClone(), depth);
        }

        if (schema["enum"] is JsonArray names && names.Count > 0)
        {
            return names[Next(names.Count)]?.DeepClone();
        }

        var types = TypesOf(schema);
        if (types.Contains("null") && (types.Count == 1 || Chance(10)))
        {
            return null;
        }

        return types.FirstOrDefault(t => t != "null") switch
        {
            "string" => JsonValue.Create(Text(schema, name)),
            "integer" => JsonValue.Create(Between(schema, -50, 500)),
            "number" => JsonValue.Create(Between(schema, -50, 500) + (Next(100) / 100.0)),
            "boolean" => JsonValue.Create(Chance(50)),
            "array" when depth < 5 => new JsonArray([.. Enumerable.Range(0, Count(schema)).Select(_ => Value(schema["items"] ?? new JsonObject(), null, depth + 1))]),
            "object" when depth < 5 => Object(schema, depth),
            _ => null,
        };
    }

    private JsonObject Object(JsonNode schema, int depth)
    {
        var value = new JsonObject();
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            if (required.Contains(property) || Chance(50))
            {
                value[property] = Value(propertySchema!, property, depth + 1);
            }
        }

        return value;
    }

    /// <summary>An example's id fields replaced by ids the service knows, so the example reaches a real record.</summary>
    private JsonNode? WithKnownIds(JsonNode? example, int depth)
    {
        if (example is JsonObject record && depth < 5)
        {
            foreach (var (property, value) in record.ToList())
            {
                if (property.EndsWith("Id", StringComparison.Ordinal) && value is JsonValue && ids.Pick(property, Next) is { } known && Chance(80))
                {
                    record[property] = known;
                }
                else
                {
                    WithKnownIds(value, depth + 1);
                }
            }
        }
        else if (example is JsonArray list)
        {
            foreach (var item in list)
            {
                WithKnownIds(item, depth + 1);
            }
        }

        return example;
    }

    private string Text(JsonNode schema, string? name)
    {
        var format = schema["format"]?.GetValue<string>();
        if (format == "date")
        {
            return Today.AddDays(Next(800) - 400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (format == "date-time")
        {
            return DateTimeOffset.UtcNow.AddMinutes(-Next(100_000)).ToString("O", CultureInfo.InvariantCulture);
        }

        if (format == "uuid" || (name?.EndsWith("Id", StringComparison.Ordinal) == true && schema["pattern"] is null && Chance(50)))
        {
            return Guid.NewGuid().ToString();
        }

        var minimum = schema["minLength"]?.GetValue<int>() ?? 0;
        var maximum = Math.Min(schema["maxLength"]?.GetValue<int>() ?? 40, Math.Max(minimum, 40));
        var length = minimum + Next(Math.Max(1, maximum - minimum + 1));
        var letters = string.Concat(Enumerable.Range(0, length).Select(_ => "abcdefghijklmnopqrstuvwxyz é-'"[Next(30)]));
        return schema["pattern"] is null ? letters : Gen.OneOf("nl", "pi-vught", "a-b", "x").Generate(random, null!, out _);
    }

    private long Between(JsonNode schema, long low, long high)
    {
        var minimum = (long)(schema["minimum"]?.GetValue<double>() ?? low);
        var maximum = (long)(schema["maximum"]?.GetValue<double>() ?? high);
        maximum = Math.Min(maximum, minimum + 1_000);
        return minimum + Next((int)Math.Max(1, maximum - minimum + 1));
    }

    private int Count(JsonNode schema)
    {
        var minimum = schema["minItems"]?.GetValue<int>() ?? 0;
        var maximum = Math.Min(schema["maxItems"]?.GetValue<int>() ?? 3, minimum + 3);
        return minimum + Next(Math.Max(1, maximum - minimum + 1));
    }

    private static List<string> TypesOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray list => [.. list.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => schema["properties"] is not null ? ["object"] : ["string"],
    };

    private static string Scalar(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    private string HostileQueryValue(JsonNode schema) => TypesOf(schema).Contains("integer")
        ? Gen.OneOf("-1", "99999999999", "abc", "1.5").Generate(random, null!, out _)
        : schema["enum"] is not null
            ? Gen.OneOf("1", "0", "99", "Nope").Generate(random, null!, out _)
            : Gen.OneOf("a\u0000b", "\u001b[31m", "\u0007", new string('x', 500)).Generate(random, null!, out _);

    /// <summary>The body with one thing made wrong; says what in <paramref name="kind"/> (or null when nothing could be spoiled).</summary>
    private string? Spoil(JsonNode? body, JsonNode schema, string? wanted, out string? kind)
    {
        kind = wanted;
        var text = body?.ToJsonString() ?? "null";
        switch (wanted)
        {
            case "broken JSON":
                return text.Length > 2 ? text[..(text.Length / 2)] : "{";
            case "repeated field" when body is JsonObject { Count: > 0 } record:
                var first = record.First();
                return "{" + $"\"{first.Key}\":{first.Value?.ToJsonString() ?? "null"}," + text[1..];
            case "unknown field" when body is JsonObject record:
                record["notADocumentedField"] = "x";
                return record.ToJsonString();
        }

        var targets = Targets(body, schema, depth: 0).ToList();
        var target = wanted switch
        {
            "control character" => targets.FirstOrDefault(t => TypesOf(t.Schema).Contains("string") && t.Schema["format"] is null && t.Schema["enum"] is null),
            "number for a choice" or "unknown choice" => targets.FirstOrDefault(t => t.Schema["enum"] is not null),
            "null entry" => targets.FirstOrDefault(t => TypesOf(t.Schema).Contains("array")),
            "missing field" => targets.FirstOrDefault(t => t.Required),
            "out of range" => targets.FirstOrDefault(t => t.Schema["maximum"] is not null || t.Schema["maxLength"] is not null),
            _ => targets.Count > 0 ? targets[Next(targets.Count)] : default,
        };
        if (target.Owner is null)
        {
            kind = null;
            return text;
        }

        switch (wanted)
        {
            case "control character":
                target.Owner[target.Key] = "ab\u0000c\u001bd";
                break;
            case "number for a choice":
                target.Owner[target.Key] = Next(3);
                break;
            case "unknown choice":
                target.Owner[target.Key] = "NotAChoice";
                break;
            case "null entry":
                target.Owner[target.Key] = new JsonArray(null, null);
                break;
            case "missing field":
                target.Owner.Remove(target.Key);
                break;
            case "out of range":
                target.Owner[target.Key] = target.Schema["maximum"] is { } max ? JsonValue.Create(max.GetValue<double>() + 1) : new string('x', target.Schema["maxLength"]!.GetValue<int>() + 1);
                break;
            default:
                target.Owner[target.Key] = TypesOf(target.Schema).Contains("string") ? JsonValue.Create(12345) : JsonValue.Create("not the right type");
                kind = "wrong type";
                break;
        }

        return body!.ToJsonString();
    }

    /// <summary>The fields of a body, nested ones included, with their resolved schemas.</summary>
    private IEnumerable<(JsonObject? Owner, string Key, JsonNode Schema, bool Required)> Targets(JsonNode? value, JsonNode schemaNode, int depth)
    {
        if (depth > 3 || value is not JsonObject record)
        {
            yield break;
        }

        var schema = document.Resolve(schemaNode);
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        foreach (var (property, propertySchemaNode) in schema["properties"]?.AsObject() ?? [])
        {
            var propertySchema = Unwrap(document.Resolve(propertySchemaNode!));
            if (record.ContainsKey(property) || required.Contains(property))
            {
                yield return (record, property, propertySchema, required.Contains(property));
            }

            foreach (var nested in Targets(record[property], propertySchema, depth + 1))
            {
                yield return nested;
            }

            if (record[property] is JsonArray list && propertySchema["items"] is { } items)
            {
                foreach (var entry in list.OfType<JsonObject>().SelectMany(entry => Targets(entry, items, depth + 1)))
                {
                    yield return entry;
                }
            }
        }
    }

    private JsonNode Unwrap(JsonNode schema) =>
        schema["oneOf"] is JsonArray choices && choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") is { } real ? document.Resolve(real) : schema;

    /// <summary>Every field name a 400 may name for this body.</summary>
    private void Names(JsonNode schemaNode, HashSet<string> names, int depth)
    {
        var schema = Unwrap(document.Resolve(schemaNode));
        if (depth > 4)
        {
            return;
        }

        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            names.Add(property);
            Names(propertySchema!, names, depth + 1);
        }

        if (schema["items"] is { } items)
        {
            Names(items, names, depth + 1);
        }
    }
}
