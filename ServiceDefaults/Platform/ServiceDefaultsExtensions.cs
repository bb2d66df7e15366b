using System.Text.Json.Serialization;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
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
        builder.AddHerstelWerkAuthentication();
        builder.Services.AddHttpContextAccessor();

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

    /// <summary>
    /// Error handling, authentication and authorization, then the health endpoints. Call it first, so
    /// errors, 401s and 403s from everything after it become ProblemDetails.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseHerstelWerkProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        return app;
    }
}
