using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>
/// The one check of every input before a handler runs, answering a 400 ValidationProblem keyed by the
/// field names the client uses (camelCase, with <c>attendance[0].presence</c> for a nested one):
/// <list type="bullet">
/// <item>the DataAnnotations of request objects (JSON bodies and <c>[AsParameters]</c> records), nested
/// objects and the entries of lists included, and no list entry may be null;</item>
/// <item>no control character in any text: body fields, list entries, query strings and route values
/// (PostgreSQL refuses NUL; ESC and BEL do not belong in a name, a search or an id);</item>
/// <item>a choice in the query given by its documented name, never by a number, which would bind to an
/// undefined value.</item>
/// </list>
/// </summary>
/// <remarks>
/// .NET 10's generated validation only covers endpoints mapped in the project that calls
/// AddValidation; this filter also covers the endpoints ServiceDefaults maps for every service.
/// </remarks>
public static class ValidationFilter
{
    private const int MaxDepth = 6;

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        // The request's own objects: the JSON body and the [AsParameters] records; never an injected service.
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var validated = parameters.Select((parameter, index) => (parameter, index))
            .Where(candidate => IsRequestType(candidate.parameter.ParameterType) && services?.IsService(candidate.parameter.ParameterType) != true)
            .Select(candidate => candidate.index)
            .ToArray();
        var choicesInQuery = ChoicesInQuery(parameters).ToArray();

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            CheckQueryAndRoute(invocation.HttpContext.Request, choicesInQuery, errors);
            foreach (var index in validated)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    Collect(argument, prefix: string.Empty, errors, depth: 0);
                }
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors,
                detail: $"Check the field{(errors.Count == 1 ? string.Empty : "s")} {string.Join(", ", errors.Keys.Select(key => $"'{key}'"))}.",
                title: "The request is not valid.");
        };
    }

    private static void CheckQueryAndRoute(HttpRequest request, (string Name, Type Enum)[] choices, Dictionary<string, string[]> errors)
    {
        foreach (var (key, values) in request.Query)
        {
            if (ControlCharacters.In(key) || values.Any(ControlCharacters.In))
            {
                Add(errors, key, ControlCharacters.Rule);
            }
        }

        foreach (var (key, value) in request.RouteValues)
        {
            if (value is string text && ControlCharacters.In(text))
            {
                Add(errors, key, ControlCharacters.Rule);
            }
        }

        foreach (var (name, enumType) in choices)
        {
            var raw = request.Query[name].ToString();
            if (raw.Length > 0 && !IsDocumentedName(enumType, raw))
            {
                Add(errors, name, $"Use one of {string.Join(", ", Enum.GetNames(enumType))}.");
            }
        }
    }

    /// <summary>Only a member's name (in any case), never its number: "1" binds too, but documents nothing.</summary>
    private static bool IsDocumentedName(Type enumType, string raw) =>
        !char.IsAsciiDigit(raw[0]) && raw[0] is not ('-' or '+') && Enum.TryParse(enumType, raw, ignoreCase: true, out var value)
        && Enum.IsDefined(enumType, value!);

    /// <summary>The enum values a handler takes from the query: its own parameters and those of its <c>[AsParameters]</c> records.</summary>
    private static IEnumerable<(string Name, Type Enum)> ChoicesInQuery(ParameterInfo[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (EnumOf(parameter.ParameterType) is { } direct)
            {
                yield return (parameter.Name!, direct);
            }
            else if (parameter.IsDefined(typeof(AsParametersAttribute)))
            {
                foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (EnumOf(property.PropertyType) is { } nested)
                    {
                        yield return (JsonNamingPolicy.CamelCase.ConvertName(property.Name), nested);
                    }
                }
            }
        }
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? enumType : null;

    private static void Collect(object argument, string prefix, Dictionary<string, string[]> errors, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(member);
                Add(errors, prefix + field, result.ErrorMessage?.Replace(member, field, StringComparison.Ordinal) ?? "The value is not valid.");
            }
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var property in argument.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(argument) is not { } value)
            {
                continue;
            }

            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (value is string text)
            {
                if (ControlCharacters.In(text))
                {
                    Add(errors, field, ControlCharacters.Rule);
                }
            }
            else if (value is IEnumerable entries)
            {
                var index = 0;
                foreach (var entry in entries)
                {
                    var entryField = string.Create(CultureInfo.InvariantCulture, $"{field}[{index++}]");
                    if (entry is null)
                    {
                        Add(errors, entryField, "An entry cannot be empty (null).");
                    }
                    else if (entry is string entryText && ControlCharacters.In(entryText))
                    {
                        Add(errors, entryField, ControlCharacters.Rule);
                    }
                    else if (IsRequestType(entry.GetType()))
                    {
                        Collect(entry, entryField + ".", errors, depth + 1);
                    }
                }
            }
            else if (IsRequestType(value.GetType()))
            {
                Collect(value, field + ".", errors, depth + 1);
            }
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing.Distinct(), message] : [message];

    /// <summary>A request object of HerstelWerk's own: its members are validated, framework types are not walked.</summary>
    private static bool IsRequestType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("HerstelWerk.", StringComparison.Ordinal) == true;
}
