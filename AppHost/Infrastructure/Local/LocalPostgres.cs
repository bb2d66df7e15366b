using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>
/// This machine's PostgreSQL server as an Aspire executable: a cluster initialised once in the state
/// folder, listening on 127.0.0.1 at a port Aspire allocates, with password logins only. Databases are
/// created once the server is healthy, the way Aspire's container integration does it.
/// </summary>
internal sealed class LocalPostgres
{
    public const string UserName = "herstelwerk";

    private readonly IDistributedApplicationBuilder _builder;
    private readonly LocalBinaries _binaries;
    private readonly string _dataDirectory;
    private readonly ReferenceExpression _adminConnection;
    private readonly List<string> _databases = [];

    public LocalPostgres(IDistributedApplicationBuilder builder, LocalBinaries binaries, LocalState state)
    {
        _builder = builder;
        _binaries = binaries;
        _dataDirectory = LocalPostgresDataDirectory.Resolve(state, binaries);
        var password = state.Secret("postgres-password");
        Password = builder.AddParameter("postgres-password", password, secret: true);

        var (command, prefix) = binaries.AsPostgresUser(binaries.Postgres);
        Server = builder.AddExecutable("postgres", command, _dataDirectory)
            .WithEndpoint(name: "tcp", scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                var port = Server!.GetEndpoint("tcp").Property(EndpointProperty.TargetPort);
                foreach (var arg in prefix)
                {
                    context.Args.Add(arg);
                }

                context.Args.Add("-D");
                context.Args.Add(_dataDirectory);
                context.Args.Add("-p");
                context.Args.Add(port);
                // The socket lives in the private data folder; TCP listens on loopback only.
                context.Args.Add("-k");
                context.Args.Add(_dataDirectory);
                context.Args.Add("-c");
                context.Args.Add("listen_addresses=127.0.0.1");
                context.Args.Add("-c");
                context.Args.Add("max_connections=300");
            })
            .WithHealthCheck("postgres-ready");

        Endpoint = Server.GetEndpoint("tcp");
        _adminConnection = ConnectionString("postgres");
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "postgres-ready", _ => new PostgresReadyHealthCheck(_adminConnection), failureStatus: null, tags: null));

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(Server.Resource, (_, cancellationToken) =>
            LocalPostgresCluster.InitializeAsync(_binaries, _dataDirectory, password, cancellationToken));
        builder.Eventing.Subscribe<ResourceReadyEvent>(Server.Resource, (_, cancellationToken) =>
            LocalPostgresCluster.CreateDatabasesAsync(_adminConnection, _databases, cancellationToken));
    }

    public IResourceBuilder<ExecutableResource> Server { get; }

    public IResourceBuilder<ParameterResource> Password { get; }

    public EndpointReference Endpoint { get; }

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string resourceName)
    {
        var databaseName = DatabaseNames.For(resourceName);
        _databases.Add(databaseName);
        var connection = ConnectionString(databaseName);
        _builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"{resourceName}-ready", _ => new PostgresReadyHealthCheck(connection), failureStatus: null, tags: null));
        return _builder.AddConnectionString(resourceName, connection).WithHealthCheck($"{resourceName}-ready");
    }

    private ReferenceExpression ConnectionString(string database) =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password.Resource};Database={database}");
}
