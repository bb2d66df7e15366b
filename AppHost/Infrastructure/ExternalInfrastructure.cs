namespace HerstelWerk.AppHost.Infrastructure;

/// <summary>
/// Servers run elsewhere (shared or production): every connection string must be configured, for
/// example as <c>ConnectionStrings__coursesdb</c>. A missing one stops the AppHost at once.
/// </summary>
internal sealed class ExternalInfrastructure(IDistributedApplicationBuilder builder) : IInfrastructure
{
    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; } = AddConfigured(builder, "messaging");

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => AddConfigured(builder, name);

    public bool IsExternal => true;

    private static IResourceBuilder<IResourceWithConnectionString> AddConfigured(IDistributedApplicationBuilder builder, string name) =>
        string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name))
            ? throw new InfrastructureUnavailableException(
                $"Infrastructure mode 'external' needs the connection string '{name}': set ConnectionStrings__{name}.")
            : builder.AddConnectionString(name);
}
