using HerstelWerk.Messaging.Broker;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Data;
using HerstelWerk.SharedDomain.Development;
using HerstelWerk.SharedDomain.Jobs;
using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.SharedDomain;

public static class HerstelWerkServiceExtensions
{
    /// <summary>
    /// The one call that makes a HerstelWerk domain service: service defaults, its own PostgreSQL
    /// database (<paramref name="serviceName"/> + "db"), messaging with outbox and inbox, and OpenAPI.
    /// </summary>
    public static WebApplicationBuilder AddHerstelWerkService<TContext>(
        this WebApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator> addConsumers)
        where TContext : ServiceDbContext
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<TContext>(DatabaseName(serviceName));
        builder.AddServiceMessaging(serviceName, addConsumers);
        builder.AddServiceOpenApi($"HerstelWerk {char.ToUpperInvariant(serviceName[0])}{serviceName[1..]} API");
        builder.Services.AddScoped<ServiceDbContext>(services => services.GetRequiredService<TContext>());
        builder.Services.AddSingleton<IInterceptor, ChangeAuditInterceptor>();
        builder.Services.AddScoped<ParticipantAudit>();
        builder.Services.AddSingleton<AuditQueue>();
        builder.Services.AddSingleton<AuditMetrics>();
        builder.Services.AddHostedService<AuditWriter>();
        return builder;
    }

    /// <summary>
    /// Health, errors, security, the OpenAPI document and the admins' endpoints of a domain service: its
    /// audit log, its scheduled jobs and, in Development only, its business date.
    /// </summary>
    public static WebApplication MapHerstelWerkService(this WebApplication app, string serviceName)
    {
        var routePrefix = RoutePrefix(serviceName);
        app.MapDefaultEndpoints();
        app.UseDatabaseAvailability();
        app.MapServiceOpenApi();
        app.MapAuditApi(routePrefix);
        app.MapJobsApi(routePrefix);
        app.MapBusinessDateApi(routePrefix);
        return app;
    }

    /// <summary>Every route of a service starts with this (<c>/api/courses</c>); the gateway routes on it.</summary>
    public static string RoutePrefix(string serviceName) => "/api/" + serviceName;

    /// <summary>The AppHost names each service's database resource, and so its connection string, like this.</summary>
    public static string DatabaseName(string serviceName) => serviceName + "db";
}
