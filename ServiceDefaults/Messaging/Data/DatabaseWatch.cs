using HerstelWerk.ServiceDefaults.Health;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// Asks the service's database <c>SELECT 1</c> every two seconds on a connection of its own, bounded
/// by a short timeout, so a paused or stopped server shows in <c>/health</c> at once and requests fail
/// fast with 503 (<see cref="DatabaseAvailabilityMiddleware"/>) instead of waiting for their own timeouts.
/// </summary>
public sealed class DatabaseWatch : DependencyWatch, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public DatabaseWatch(string connectionString, ILogger<DatabaseWatch> logger) : base(logger)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // One connection kept open: no backend forked per probe. A broken one is replaced.
            MaxPoolSize = 1,
            Timeout = (int)ProbeTimeout.TotalSeconds,
            CommandTimeout = (int)ProbeTimeout.TotalSeconds,
            ApplicationName = "herstelwerk-health",
        };
        _dataSource = NpgsqlDataSource.Create(probe.ConnectionString);
    }

    protected override string Dependency => "The database";

    protected override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
