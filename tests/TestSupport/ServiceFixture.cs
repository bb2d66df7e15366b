using System.Net.Http.Headers;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// One service under test with a database of its own, its own broker entities (an entity prefix, so
/// test classes never see each other's messages), and a <see cref="TcpGate"/> in front of the broker.
/// Used as an xunit class fixture: one per test class.
/// </summary>
public class ServiceFixture<TProgram> : IAsyncLifetime where TProgram : class
{
    private ServiceFactory<TProgram>? _factory;

    /// <summary>"placement" for HerstelWerk.Placement's Program.</summary>
    public string ServiceName { get; } = typeof(TProgram).Assembly.GetName().Name!.Split('.')[^1].ToLowerInvariant();

    public string EntityPrefix { get; } = $"t{Guid.NewGuid():N}"[..9] + "-";

    public TestServers Servers { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = null!;

    /// <summary>The service reaches RabbitMQ only through this gate; close it to simulate a broker outage.</summary>
    public TcpGate BrokerGate { get; private set; } = null!;

    /// <summary>The service reaches its database only through this gate; the test's own queries go around it.</summary>
    public TcpGate DatabaseGate { get; private set; } = null!;

    private string ServiceConnectionString { get; set; } = null!;

    /// <summary>Calls the service as a coordinator, the role that may do everything operational.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The token settings this service checks against; <see cref="Token"/> signs with them.</summary>
    public IdentitySettings Identity { get; } = new() { SigningKey = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray()) };

    public IServiceProvider Services => _factory!.Services;

    private string BrokerUri { get; set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Servers = await TestServers.GetAsync();
        DatabaseConnectionString = await Servers.CreateDatabaseAsync(GetType().Name + ServiceName);
        (BrokerGate, BrokerUri) = TcpGate.ForAmqp(Servers.RabbitMqUri);
        (DatabaseGate, ServiceConnectionString) = TcpGate.ForPostgres(DatabaseConnectionString);
        StartService();
        // Ready as the AppHost sees it: until then the service's queues may not be bound to the
        // exchanges yet, and an event published to a fresh broker would find no queue.
        await Eventually.HoldsAsync(async () => (await Client.GetAsync("/health")).IsSuccessStatusCode,
            $"{ServiceName} to report healthy", TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Stops the service process (its host) and starts a fresh one on the same database and broker
    /// entities. It does not wait for health: the broker may be unreachable on purpose.
    /// </summary>
    public async Task RestartAsync()
    {
        await StopServiceAsync();
        StartService();
    }

    /// <summary>A bearer token for <paramref name="role"/>, as the identity provider would issue it.</summary>
    public string Token(string role, string? subject = null, string? volunteerId = null) =>
        DevelopmentTokens.Create(Identity, role, subject ?? $"test-{role}", volunteerId);

    /// <summary>A client that calls as <paramref name="role"/>; null means no token at all.</summary>
    public HttpClient ClientAs(string? role, string? subject = null, string? volunteerId = null)
    {
        var client = _factory!.CreateClient();
        if (role is not null)
        {
            // A volunteer's token always names a volunteer; an unknown one, unless the test picks one.
            volunteerId ??= role == Roles.Volunteer ? Guid.NewGuid().ToString() : null;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, subject, volunteerId));
        }

        return client;
    }

    /// <summary>A client with options of the test's own (a base address, no automatic redirects), with no token.</summary>
    public HttpClient CreateClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions options) => _factory!.CreateClient(options);

    /// <summary>The endpoints the service exposes, as routing sees them.</summary>
    public IReadOnlyList<Endpoint> Endpoints => Services.GetRequiredService<EndpointDataSource>().Endpoints;

    public Task<PartnerBus> StartPartnerBusAsync(Action<PartnerBus.Builder>? configure = null) =>
        PartnerBus.StartAsync(Servers.RabbitMqUri, EntityPrefix, configure);

    public async Task<T?> QueryScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    /// <summary>Services a test class adds or replaces in the service under test (log capture, for example).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Settings a test class may add to or override, on top of the AppHost-like defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    /// <summary>The hosting environment the service runs in; tests of production behaviour override it.</summary>
    protected virtual string Environment => "Development";

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ServiceName}db"] = ServiceConnectionString,
            ["ConnectionStrings:messaging"] = BrokerUri,
            ["Messaging:EntityPrefix"] = EntityPrefix,
            ["Identity:SigningKey"] = Identity.SigningKey,
            // Fast failure handling, so poison and outage tests finish in seconds.
            ["Messaging:RetryLimit"] = "2",
            ["Messaging:RetryMinInterval"] = "00:00:00.050",
            ["Messaging:RetryMaxInterval"] = "00:00:00.200",
            ["Messaging:RedeliveryIntervals:0"] = "00:00:00.300",
            ["Outbox:MinRetryDelay"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:00.500",
            ["Outbox:PublishTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in ExtraSettings())
        {
            settings[key] = value;
        }

        return settings;
    }

    private void StartService()
    {
        _factory = new ServiceFactory<TProgram>(Settings(), ConfigureServices, Environment);
        // Creating a client starts the host: migrations are applied before it returns.
        Client = ClientAs(Roles.Coordinator);
    }

    private async Task StopServiceAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public virtual async Task DisposeAsync()
    {
        await StopServiceAsync();
        await BrokerGate.DisposeAsync();
        await DatabaseGate.DisposeAsync();
        await Servers.DropDatabaseAsync(DatabaseConnectionString);
    }
}
