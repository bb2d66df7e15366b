using HerstelWerk.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL and RabbitMQ: containers, this machine's own Debian packages, or external servers,
// chosen by Infrastructure:Mode (README, "Infrastructure modes").
var infrastructure = builder.AddInfrastructure();
var messaging = infrastructure.Messaging;

// Signs development tokens (POST /dev/token on the gateway); every service checks tokens with it.
// New each run. With a real identity provider, set Identity__Authority on the services instead.
var tokenSigningKey = builder.AddParameter("token-signing-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true);

// Each service owns one database; nothing else reads it.
var courses = AddService<Projects.Courses>("courses");
var placement = AddService<Projects.Placement>("placement");
var aftercare = AddService<Projects.Aftercare>("aftercare");
var volunteers = AddService<Projects.Volunteers>("volunteers");

// The single entry point for front ends: the API at /api/**, the web console at /.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithEnvironment("Identity__SigningKey", tokenSigningKey)
    .WithReference(courses).WaitFor(courses)
    .WithReference(placement).WaitFor(placement)
    .WithReference(aftercare).WaitFor(aftercare)
    .WithReference(volunteers).WaitFor(volunteers)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

// The web console, reached only through the gateway, and calling the API only through it. Each knows
// the other's address; only the console waits (for the gateway), so neither waits for the other for ever.
var web = builder.AddProject<Projects.Web>("web")
    .WithReference(gateway).WaitFor(gateway)
    .WithHttpHealthCheck("/health");
gateway.WithReference(web);

builder.Build().Run();

IResourceBuilder<ProjectResource> AddService<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = infrastructure.AddDatabase($"{name}db");
    return builder.AddProject<TProject>(name)
        .WithEnvironment("Identity__SigningKey", tokenSigningKey)
        .WithReference(database).WaitFor(database)
        .WithReference(messaging).WaitFor(messaging)
        .WithHttpHealthCheck("/health");
}
