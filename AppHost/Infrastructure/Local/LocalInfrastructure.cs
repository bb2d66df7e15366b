namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>Local mode: PostgreSQL and RabbitMQ from this machine's packages, data in the state folder.</summary>
internal sealed class LocalInfrastructure : IInfrastructure
{
    private readonly LocalPostgres _postgres;

    public LocalInfrastructure(IDistributedApplicationBuilder builder, InfrastructureSettings settings, LocalBinaries binaries)
    {
        var state = LocalState.FromSettings(settings, builder);
        _postgres = new LocalPostgres(builder, binaries, state);
        Messaging = new LocalRabbitMq(builder, binaries, state, settings).Messaging;
    }

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    public bool IsExternal => false;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => _postgres.AddDatabase(name);
}
