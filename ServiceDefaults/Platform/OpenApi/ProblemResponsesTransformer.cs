using System.Text.Json;
using HerstelWerk.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HerstelWerk.ServiceDefaults.OpenApi;

/// <summary>
/// Documents every answer an operation can give, in the shape it is given:
/// <list type="bullet">
/// <item>any change (POST, PUT, PATCH, DELETE) may break a rule or lose a race (409) and meet a stale
/// <c>If-Match</c> (412); any operation may find the database out of reach (503, with Retry-After);</item>
/// <item>every error answer is <c>application/problem+json</c> with ProblemDetails, 404 included;</item>
/// <item>the headers an endpoint reads (<see cref="RequestHeaderMetadata"/>) are parameters;</item>
/// <item>query parameters are named as clients send them, in camelCase.</item>
/// </list>
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] Changes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var method = context.Description.HttpMethod ?? string.Empty;
        if (Changes.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            Ensure(operation, StatusCodes.Status409Conflict, "The change breaks a rule (the detail says which) or lost a race with another change.");
            Ensure(operation, StatusCodes.Status412PreconditionFailed, "If-Match was sent and names an older version: reload and apply the change again.");
        }

        Ensure(operation, StatusCodes.Status503ServiceUnavailable, "A database or broker is out of reach for a moment; try again after Retry-After.");
        foreach (var (status, response) in operation.Responses)
        {
            if (int.TryParse(status, out var code) && code >= 400 && response is OpenApiResponse { Content: null or { Count: 0 } } bare)
            {
                bare.Content = ProblemContent();
            }
        }

        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is not null))
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }

        foreach (var header in context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestHeaderMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = header.Required,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }

        return Task.CompletedTask;
    }

    private static void Ensure(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = description, Content = ProblemContent() };
        }
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent() => new()
    {
        ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails") },
    };
}
