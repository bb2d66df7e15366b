using HerstelWerk.AppHost.Identity;
using HerstelWerk.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL and RabbitMQ: containers, this machine's own Debian packages, or external servers,
// chosen by Infrastructure:Mode (README, "Infrastructure modes").
var infrastructure = builder.AddInfrastructure();
var messaging = infrastructure.Messaging;

// Signs development tokens (POST /dev/token on the gateway, Development only), which every service
// accepts beside the provider's tokens, for tests and scripts. New each run.
var tokenSigningKey = builder.AddParameter("token-signing-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true);
// The console's client secret at the identity provider; both get it.
var consoleSecret = builder.AddParameter("console-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);

// The single entry point for front ends: the API at /api/**, sign-in at /connect, /account and
// /.well-known, the web console at /. Its address is also the identity provider's public address.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithEnvironment("Identity__SigningKey", tokenSigningKey)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");
var publicAddress = gateway.GetEndpoint("http");
gateway.WithIdentityAuthority(publicAddress);

// Each service owns one database; nothing else reads it.
var identity = builder.AddIdentityProvider(AddService<Projects.Identity>("identity"), publicAddress, consoleSecret);
// Identity's mails (invitations, password resets) land in smtp4dev, readable in its web UI; in external
// mode the operator configures a real mail server instead (Mail__Host, Mail__Port, ...).
if (!infrastructure.IsExternal)
{
    identity.WithMailServer(builder.AddSmtp4dev());
}

var courses = AddService<Projects.Courses>("courses");
var placement = AddService<Projects.Placement>("placement");
var aftercare = AddService<Projects.Aftercare>("aftercare");
var volunteers = AddService<Projects.Volunteers>("volunteers");
foreach (var service in new[] { identity, courses, placement, aftercare, volunteers })
{
    gateway.WithReference(service).WaitFor(service);
}

// The web console, reached only through the gateway, and calling the API only through it. Each knows
// the other's address; only the console waits (for the gateway), so neither waits for the other for ever.
var web = builder.AddProject<Projects.Web>("web")
    .WithReference(gateway).WaitFor(gateway)
    .WithIdentityAuthority(publicAddress)
    .WithEnvironment("Identity__ClientSecret", consoleSecret)
    .WithHttpHealthCheck("/health");
gateway.WithReference(web);

builder.Build().Run();

IResourceBuilder<ProjectResource> AddService<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = infrastructure.AddDatabase($"{name}db");
    return builder.AddProject<TProject>(name)
        .WithEnvironment("Identity__SigningKey", tokenSigningKey)
        .WithIdentityAuthority(publicAddress)
        .WithReference(database).WaitFor(database)
        .WithReference(messaging).WaitFor(messaging)
        .WithHttpHealthCheck("/health");
}
