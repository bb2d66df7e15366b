using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>
/// This machine's RabbitMQ as an Aspire executable: a node of its own (name, ports, data, cookie), so it
/// never collides with a system broker or another checkout. It listens on 127.0.0.1 only.
/// </summary>
internal sealed class LocalRabbitMq
{
    public const string UserName = "herstelwerk";

    public LocalRabbitMq(IDistributedApplicationBuilder builder, LocalBinaries binaries, LocalState state, InfrastructureSettings settings)
    {
        var home = Directory.CreateDirectory(state.PathFor("rabbitmq")).FullName;
        var passwordValue = state.Secret("rabbitmq-password");
        var password = builder.AddParameter("rabbitmq-password", passwordValue, secret: true);

        Server = builder.AddExecutable("rabbitmq", binaries.RabbitMqServer, home)
            .WithEndpoint(name: "amqp", scheme: "tcp", isProxied: false)
            // Erlang distribution, which rabbitmqctl uses; its default (AMQP port + 20000) could collide.
            .WithEndpoint(name: "dist", scheme: "tcp", isProxied: false);
        if (settings.RabbitMqManagement)
        {
            Server.WithHttpEndpoint(name: "management", isProxied: false);
        }

        var amqp = Server.GetEndpoint("amqp");
        var distribution = Server.GetEndpoint("dist");
        Server.WithEnvironment(context =>
        {
            var env = context.EnvironmentVariables;
            env["RABBITMQ_NODENAME"] = $"herstelwerk-{state.Id}@localhost";
            env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
            env["RABBITMQ_NODE_PORT"] = amqp.Property(EndpointProperty.TargetPort);
            env["RABBITMQ_DIST_PORT"] = distribution.Property(EndpointProperty.TargetPort);
            env["RABBITMQ_MNESIA_BASE"] = Path.Combine(home, "mnesia");
            env["RABBITMQ_LOG_BASE"] = Path.Combine(home, "log");
            env["RABBITMQ_LOGS"] = "-"; // to the console, so the dashboard shows the broker's log
            env["RABBITMQ_CONFIG_FILE"] = Path.Combine(home, "rabbitmq.conf");
            env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(home, "enabled_plugins");
            env["HOME"] = home; // the Erlang cookie stays with this node
            // Nothing of the node listens beyond this machine: not epmd, not distribution.
            env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
            const string loopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";
            if (settings.RabbitMqManagement)
            {
                var management = Server.GetEndpoint("management").Property(EndpointProperty.TargetPort);
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = ReferenceExpression.Create(
                    $"{loopbackDistribution} -rabbitmq_management tcp_config [{{port,{management}}},{{ip,\"127.0.0.1\"}}]");
            }
            else
            {
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = loopbackDistribution;
            }
        });

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(Server.Resource, async (_, cancellationToken) =>
        {
            // The user is created when the node first initialises its data; later runs keep it.
            await PrivateFile.WriteAsync(Path.Combine(home, "rabbitmq.conf"),
                $"default_user = {UserName}\ndefault_pass = {passwordValue}\n", cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(home, "enabled_plugins"),
                settings.RabbitMqManagement ? "[rabbitmq_management].\n" : "[].\n", cancellationToken);
        });

        var connection = ReferenceExpression.Create($"amqp://{UserName}:{password.Resource}@127.0.0.1:{amqp.Property(EndpointProperty.Port)}");
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "messaging-ready", _ => new RabbitMqReadyHealthCheck(connection), failureStatus: null, tags: null));
        Messaging = builder.AddConnectionString("messaging", connection).WithHealthCheck("messaging-ready");
    }

    public IResourceBuilder<ExecutableResource> Server { get; }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }
}
