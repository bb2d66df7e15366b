using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>
/// Checks the DataAnnotations on a handler's request objects (JSON bodies and <c>[AsParameters]</c>
/// records) before the handler runs, and answers a 400 ValidationProblem keyed by the field names the
/// client uses (camelCase), so a handler only ever sees valid input.
/// </summary>
/// <remarks>
/// .NET 10's generated validation only covers endpoints mapped in the project that calls
/// AddValidation; this filter also covers the endpoints ServiceDefaults maps for every service.
/// </remarks>
public static class ValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(candidate => HasValidationAttributes(candidate.parameter.ParameterType))
            .Select(candidate => candidate.index)
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var index in validated)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    Collect(argument, errors);
                }
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors,
                detail: $"Check the field{(errors.Count == 1 ? string.Empty : "s")} {string.Join(", ", errors.Keys.Select(key => $"'{key}'"))}.",
                title: "The request is not valid.");
        };
    }

    private static void Collect(object argument, Dictionary<string, string[]> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(member);
                var message = result.ErrorMessage?.Replace(member, field, StringComparison.Ordinal) ?? "The value is not valid.";
                errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
            }
        }
    }

    private static bool HasValidationAttributes(Type type) =>
        type.IsClass && type != typeof(string) &&
        (typeof(IValidatableObject).IsAssignableFrom(type) ||
         type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
             .Any(property => property.IsDefined(typeof(ValidationAttribute), inherit: true)));
}
