using System.Text.Json.Serialization;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HerstelWerk.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every HerstelWerk process needs, the gateway included: telemetry, health checks, service
    /// discovery, resilient HTTP clients, ProblemDetails errors and JSON conventions.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddHerstelWerkTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddHerstelWerkProblemDetails();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        // Enums travel as their names ("Prisoner"), which front ends and partners can read.
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>Error handling, then the health endpoints. Call first, so errors in later middleware are handled too.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseHerstelWerkProblemDetails();
        app.MapHealthEndpoints();
        return app;
    }
}
