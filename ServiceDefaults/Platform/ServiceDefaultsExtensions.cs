using HerstelWerk.ServiceDefaults.Json;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        builder.AddProcessDefaults();
        builder.AddHerstelWerkProblemDetails();
        builder.AddHerstelWerkAuthentication();
        builder.AddBusinessClock();
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.UseStrictInput());
        return builder;
    }

    /// <summary>
    /// What every process needs, the web console included: telemetry, health checks, service discovery
    /// and resilient HTTP clients. The console takes only this: it signs its users in with a cookie and
    /// validates no bearer tokens, and it answers pages, not ProblemDetails.
    /// </summary>
    public static TBuilder AddProcessDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddHerstelWerkTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// The business date (<see cref="BusinessClock"/>). In Development it may start ahead of the system's
    /// by <c>BusinessDate:OffsetDays</c> and be moved by an admin; elsewhere that setting is ignored.
    /// A test may register a clock of its own first.
    /// </summary>
    private static void AddBusinessClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var development = builder.Environment.IsDevelopment();
        var offset = TimeSpan.FromDays(builder.Configuration.GetValue("BusinessDate:OffsetDays", 0));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(services => new BusinessClock(services.GetRequiredService<TimeProvider>(), development, offset));
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
