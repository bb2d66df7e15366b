using System.Diagnostics;
using HerstelWerk.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// Applies the service's EF Core migrations before it starts serving, inside a trace operators can
/// find in the dashboard. It waits out a database that is still starting, then gives up loudly.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = HerstelWerkDiagnostics.ActivitySource.StartActivity($"migrate {typeof(TContext).Name}");
        var started = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(250);

        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                // Requests are bounded by a short command timeout; a migration may rightly take longer.
                db.Database.SetCommandTimeout(MigrationCommandTimeout);
                // On an empty database EF would first query the missing history table and log that
                // as an error; creating the table first keeps a first start free of false alarms.
                if (await db.Database.CanConnectAsync(cancellationToken))
                {
                    await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                }

                await db.Database.MigrateAsync(cancellationToken);
                var latest = db.Database.GetMigrations().LastOrDefault() ?? "none";
                activity?.SetTag("herstelwerk.migrations.latest", latest);
                logger.LogInformation("Database for {Context} is up to date at migration {Migration}", typeof(TContext).Name, latest);
                return;
            }
            catch (Exception exception) when (IsTransient(exception) && started.Elapsed < GiveUpAfter)
            {
                logger.LogWarning("Database for {Context} not reachable yet ({Reason}); retrying in {Delay}",
                    typeof(TContext).Name, exception.Message, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
            catch (Exception exception)
            {
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsTransient(Exception exception) => DatabaseOutages.IsOutage(exception);
}
