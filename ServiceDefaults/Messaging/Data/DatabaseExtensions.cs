using System.Diagnostics;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddSingleton<OutboxSignal>();
        // Every save runs through the registered interceptors: the outbox's, and any a library adds (the audit log's).
        builder.Services.AddSingleton<IInterceptor, OutboxInterceptor>();

        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
                ?? throw new InvalidOperationException(
                    $"Connection string '{connectionName}' is missing. The AppHost provides it; outside Aspire set ConnectionStrings__{connectionName}.");
            options.UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(dataSource =>
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
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);

        builder.Services.AddScoped<MessagingDbContext>(services => services.GetRequiredService<TContext>());
        builder.Services.AddSingleton<IProblemMapper, DatabaseProblemMapper>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
