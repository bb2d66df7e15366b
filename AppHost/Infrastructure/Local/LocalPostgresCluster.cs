using Npgsql;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>The one-off steps around the local PostgreSQL server: initdb, and creating service databases.</summary>
internal static class LocalPostgresCluster
{
    public static async Task InitializeAsync(LocalBinaries binaries, string dataDirectory, string password, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(dataDirectory, "..", $".{Path.GetFileName(dataDirectory)}-initdb-password");
        await PrivateFile.WriteAsync(passwordFile, password, cancellationToken);
        try
        {
            if (binaries.RunPostgresAsPostgresUser)
            {
                await LocalProcess.RunOrThrowAsync("chown", ["postgres:postgres", dataDirectory, passwordFile], cancellationToken);
            }

            var (command, args) = binaries.AsPostgresUser(binaries.InitDb,
                "-D", dataDirectory, "-U", LocalPostgres.UserName, $"--pwfile={passwordFile}",
                "--auth-host=scram-sha-256", "--auth-local=trust", "--encoding=UTF8", "--no-locale");
            await LocalProcess.RunOrThrowAsync(command, args, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public static async Task CreateDatabasesAsync(ReferenceExpression adminConnection, IEnumerable<string> databases, CancellationToken cancellationToken)
    {
        // Unpooled: this runs again each time the server is (re)started, and a pooled connection from
        // before a restart would fail with "terminating connection due to unexpected postmaster exit".
        var admin = new NpgsqlConnectionStringBuilder(await adminConnection.GetValueAsync(cancellationToken)) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // Names come from the AppHost's own code, never from input; identifiers cannot be parameters.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
