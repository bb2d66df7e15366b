using DotNet.Testcontainers.Configurations;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace HerstelWerk.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ every integration test runs against, chosen once per test run:
/// <list type="number">
/// <item>servers named by <c>HERSTELWERK_TEST_POSTGRES</c> and <c>HERSTELWERK_TEST_RABBITMQ</c> (eng/test.sh sets them);</item>
/// <item>otherwise containers from Testcontainers, where a Docker engine runs;</item>
/// <item>otherwise a failure that says what to set.</item>
/// </list>
/// </summary>
public sealed class TestServers
{
    public const string PostgresVariable = "HERSTELWERK_TEST_POSTGRES";
    public const string RabbitMqVariable = "HERSTELWERK_TEST_RABBITMQ";

    private static readonly Lazy<Task<TestServers>> Instance = new(StartAsync);

    private TestServers(string postgresAdmin, string rabbitMq, string source)
    {
        PostgresAdmin = postgresAdmin;
        RabbitMq = rabbitMq;
        Source = source;
    }

    /// <summary>A superuser connection to the <c>postgres</c> database, used to create test databases.</summary>
    public string PostgresAdmin { get; }

    /// <summary>An AMQP URI, e.g. <c>amqp://guest:guest@127.0.0.1:5672</c>.</summary>
    public string RabbitMq { get; }

    public string Source { get; }

    public Uri RabbitMqUri => new(RabbitMq);

    public static Task<TestServers> GetAsync() => Instance.Value;

    /// <summary>Creates an empty database of its own for one test class; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        // Readable in psql, unique, and within PostgreSQL's 63-character limit.
        var name = $"t_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(28).ToArray())}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<TestServers> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbitMq = Environment.GetEnvironmentVariable(RabbitMqVariable);
        if (!string.IsNullOrWhiteSpace(postgres) && !string.IsNullOrWhiteSpace(rabbitMq))
        {
            return new TestServers(postgres, rabbitMq, "environment variables");
        }

        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            // Ryuk removes the containers when the test process ends.
            var postgresContainer = new PostgreSqlBuilder("postgres:15").Build();
            var rabbitContainer = new RabbitMqBuilder("rabbitmq:3.13").Build();
            await Task.WhenAll(postgresContainer.StartAsync(), rabbitContainer.StartAsync());
            return new TestServers(postgresContainer.GetConnectionString(), rabbitContainer.GetConnectionString(), "Testcontainers");
        }

        throw new InvalidOperationException(
            $"The integration tests need a real PostgreSQL and RabbitMQ, and none is configured: set {PostgresVariable} " +
            $"(a superuser connection string) and {RabbitMqVariable} (an amqp:// URI), or start Docker for Testcontainers. " +
            "./eng/test.sh does the former for you.");
    }
}
