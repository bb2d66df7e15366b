using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// Turns the framework's binding failures into a validation problem keyed by the field the client
/// sent wrong, the same shape that validation errors have.
/// </summary>
internal static partial class BadRequestDescriber
{
    private const string BodyField = "body";

    public static ProblemDetails Describe(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            // 413 (body too large), 415 (wrong content type) and the like: the status says it all.
            return new ProblemDetails { Status = exception.StatusCode, Title = exception.Message };
        }

        var (field, message) = FindField(exception);
        return ProblemDescriptions.InvalidField(field, message);
    }

    private static (string Field, string Message) FindField(BadHttpRequestException exception)
    {
        if (FindInner<JsonException>(exception) is { } json)
        {
            return DescribeJson(json);
        }

        // 'Implicit body inferred for parameter "request" but no body was provided.'
        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return (BodyField, "A JSON request body is required.");
        }

        // Route, query and header binding: 'Failed to bind parameter "int page" from "abc".' or
        // 'Required parameter "int page" was not provided from query string.'
        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            return exception.Message.StartsWith("Required", StringComparison.Ordinal)
                ? (name, $"The {name} parameter is required.")
                : (name, $"The value is not a valid {FriendlyType(parameter.Groups["type"].Value)}.");
        }

        return (BodyField, "The request could not be read.");
    }

    private static (string Field, string Message) DescribeJson(JsonException json)
    {
        var missing = MissingPropertiesPattern().Match(json.Message);
        if (missing.Success)
        {
            var name = missing.Groups["name"].Value;
            return (name, $"The {name} field is required.");
        }

        // Unknown and repeated keys: the serializer names the key in words; the path leads to its object.
        var unknown = UnmappedPropertyPattern().Match(json.Message);
        if (unknown.Success)
        {
            return (Within(json.Path, unknown.Groups["name"].Value), "This field is not part of the request: remove it or correct its spelling.");
        }

        var duplicate = DuplicatePropertyPattern().Match(json.Message);
        if (duplicate.Success)
        {
            return (Within(json.Path, duplicate.Groups["name"].Value), "This field is sent more than once: send it once.");
        }

        var field = FieldFromPath(json.Path);

        if (field is null)
        {
            return (BodyField, "The body is not valid JSON.");
        }

        // A JsonException's message names .NET types; say what the client should send instead.
        var target = ConvertTargetPattern().Match(json.Message);
        return target.Success
            ? (field, $"The value is not a valid {FriendlyType(target.Groups["type"].Value)}.")
            : (field, "The value is not valid JSON here.");
    }

    /// <summary>"$.participant.expectedReleaseDate" becomes "participant.expectedReleaseDate"; "$" is no field.</summary>
    internal static string? FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : field;
    }

    /// <summary>The field <paramref name="name"/> of the object at <paramref name="path"/>, unless the path already ends in it.</summary>
    private static string Within(string? path, string name)
    {
        var parent = FieldFromPath(path);
        return parent is null ? name
            : parent == name || parent.EndsWith("." + name, StringComparison.Ordinal) ? parent
            : $"{parent}.{name}";
    }

    private static string FriendlyType(string typeName)
    {
        // "System.Nullable`1[System.DateOnly]" and "System.DateOnly" both end in "DateOnly".
        var type = typeName.Split('.', '`')[^1].TrimEnd(']', '?');
        if (FindEnum(typeName) is { } enumType)
        {
            return $"choice: one of {string.Join(", ", Enum.GetNames(enumType))}";
        }

        return type switch
        {
            "DateOnly" => "date (yyyy-MM-dd)",
            "DateTime" or "DateTimeOffset" => "date and time (ISO 8601)",
            "Guid" => "id (a GUID)",
            "Int32" or "Int64" or "int" or "long" => "whole number",
            "Decimal" or "Double" or "decimal" or "double" => "number",
            "Boolean" or "bool" => "true or false",
            "String" or "string" => "text",
            _ => "value",
        };
    }

    /// <summary>Error path only: finds the enum a JSON value failed to convert to, to list its values.</summary>
    private static Type? FindEnum(string typeName)
    {
        var name = typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal) ? typeName[18..^1] : typeName;
        return AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(name, throwOnError: false))
            .FirstOrDefault(type => type is { IsEnum: true });
    }

    private static T? FindInner<T>(Exception exception) where T : Exception
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    [GeneratedRegex("parameter \"(?<type>[^\"]*?)\\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("missing required properties including: '(?<name>[^']+)'")]
    private static partial Regex MissingPropertiesPattern();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedPropertyPattern();

    [GeneratedRegex("[Dd]uplicate (JSON )?property '?(?<name>[^' ]+)'?")]
    private static partial Regex DuplicatePropertyPattern();

    [GeneratedRegex("could not be converted to (?<type>[^ .]+(\\.[^ .]+)*)")]
    private static partial Regex ConvertTargetPattern();
}
