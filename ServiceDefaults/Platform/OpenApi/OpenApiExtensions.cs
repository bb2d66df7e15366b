using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HerstelWerk.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The path of a service's OpenAPI document; the gateway publishes it as <c>/openapi/{service}.json</c>.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    public static IHostApplicationBuilder AddServiceOpenApi(this IHostApplicationBuilder builder, string title)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = title;
                document.Info.Description = "Every endpoint needs a bearer token (see the README, 'Identity and roles') and names the roles it admits.";
                // Without servers, clients call the origin they loaded the document from: the gateway.
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ExampleSchemaTransformer>();
            options.AddSchemaTransformer<StrictSchemaTransformer>();
            options.AddDocumentTransformer<NullabilityTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
        });
        return builder;
    }

    public static WebApplication MapServiceOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnyone();
        return app;
    }
}
