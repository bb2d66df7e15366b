namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>Aspire's PostgreSQL and RabbitMQ containers, with data volumes that outlive a run.</summary>
internal sealed class ContainerInfrastructure : IInfrastructure
{
    private readonly IResourceBuilder<PostgresServerResource> _postgres;

    public ContainerInfrastructure(IDistributedApplicationBuilder builder)
    {
        _postgres = builder.AddPostgres("postgres").WithDataVolume("herstelwerk-postgres");
        Messaging = builder.AddRabbitMQ("messaging")
            .WithManagementPlugin()
            .WithDataVolume("herstelwerk-rabbitmq");
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    public bool IsExternal => false;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) =>
        _postgres.AddDatabase(name, DatabaseNames.For(name));
}
