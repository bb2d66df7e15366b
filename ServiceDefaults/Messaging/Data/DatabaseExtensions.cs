using System.Data.Common;
using System.Diagnostics;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace HerstelWerk.Messaging.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on the Aspire connection string <paramref name="connectionName"/>
    /// with Aspire's health check, tracing and metrics, snake_case names, the outbox (events collected at
    /// save, the dispatcher woken at commit) and
    /// migrations applied at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : MessagingDbContext
    {
        builder.Services.TryAddSingleton<OutboxSignal>();
        // Every save runs through the registered interceptors: the outbox's, and any a library adds (the audit log's).
        builder.Services.AddSingleton<IInterceptor, OutboxInterceptor>();

        builder.Services.AddSingleton(services => new DatabaseWatch(ConnectionString(services), services.GetRequiredService<ILogger<DatabaseWatch>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseWatch>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "database", services => services.GetRequiredService<DatabaseWatch>(), HealthStatus.Unhealthy, ["ready"]));

        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            options.UseNpgsql(BoundedTimeouts(ConnectionString(services)), npgsql => npgsql.ConfigureDataSource(dataSource =>
                    // Database spans only inside a recorded trace (a request, a consumer, a migration):
                    // the dispatcher's idle polling and the health probes would otherwise fill the
                    // dashboard with lone queries.
                    dataSource.ConfigureTracing(tracing => tracing.ConfigureCommandFilter(_ => Activity.Current is { Recorded: true }))))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(services.GetServices<IInterceptor>());
        });

        // Retries happen one level up, where the whole unit of work is repeated: MassTransit retries a
        // message, the outbox dispatcher retries a batch. EF's own retry would also forbid the explicit
        // transactions the dispatcher needs.
        // Health comes from the DatabaseWatch above, which answers at once; Aspire's own check would
        // wait on a paused server for as long as its query takes.
        builder.EnrichNpgsqlDbContext<TContext>(settings =>
        {
            settings.DisableRetry = true;
            settings.DisableHealthChecks = true;
        });

        builder.Services.AddScoped<MessagingDbContext>(services => services.GetRequiredService<TContext>());
        builder.Services.AddSingleton<IProblemMapper, DatabaseProblemMapper>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;

        string ConnectionString(IServiceProvider services) =>
            services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{connectionName}' is missing. The AppHost provides it; outside Aspire set ConnectionStrings__{connectionName}.");
    }

    /// <summary>
    /// Answers API requests 503 at once while the database is known to be gone; call it after
    /// authentication, so a caller without a token still learns only that.
    /// </summary>
    public static IApplicationBuilder UseDatabaseAvailability(this IApplicationBuilder app) =>
        app.UseMiddleware<DatabaseAvailabilityMiddleware>();

    /// <summary>
    /// Npgsql waits 15 s for a connection and 30 s for a command by default; a request should not. A
    /// connection string that sets its own values keeps them.
    /// </summary>
    private static string BoundedTimeouts(string connectionString)
    {
        // Npgsql's own builder answers "contains" for every keyword it knows; the plain one only for those given.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            settings.Timeout = 5;
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            settings.CommandTimeout = 15;
        }

        return settings.ConnectionString;
    }
}
