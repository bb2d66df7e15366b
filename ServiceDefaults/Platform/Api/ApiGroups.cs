using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HerstelWerk.ServiceDefaults.Api;

public static class ApiGroups
{
    /// <summary>
    /// A group of API endpoints under <paramref name="prefix"/>, tagged for OpenAPI, whose request
    /// objects are validated before any handler runs.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(prefix)
            .WithTags(tag)
            .AddEndpointFilterFactory(ValidationFilter.Factory)
            .ProducesValidationProblem();
}
