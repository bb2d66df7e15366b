using HerstelWerk.AppHost.Infrastructure;
using HerstelWerk.AppHost.Infrastructure.Local;

namespace HerstelWerk.AppHost.Identity;

/// <summary>
/// HerstelWerk's own sign-in (services/Identity), wired as the default identity provider: its public
/// address is the gateway's, which routes <c>/connect</c>, <c>/account</c> and <c>/.well-known</c> to it,
/// and every service, the gateway and the console validate tokens against it (<c>Identity__Authority</c>).
/// Its keys and the first admin's password are made once and kept in the state folder.
/// </summary>
internal static class IdentityProvider
{
    public const string InitialAdminEmail = "admin@herstelwerk.local";

    public static IResourceBuilder<ProjectResource> AddIdentityProvider(this IDistributedApplicationBuilder builder,
        IResourceBuilder<ProjectResource> service, EndpointReference gateway, IResourceBuilder<ParameterResource> consoleSecret)
    {
        var state = LocalState.FromSettings(
            builder.Configuration.GetSection(InfrastructureSettings.SectionName).Get<InfrastructureSettings>() ?? new InfrastructureSettings(), builder);
        var adminPassword = InitialAdminPassword(builder, state);

        return service
            .WithEnvironment("Provider__Issuer", gateway)
            .WithEnvironment("Provider__Console__BaseAddress", gateway)
            .WithEnvironment("Provider__Console__ClientSecret", consoleSecret)
            .WithEnvironment("Provider__KeysDirectory", state.PathFor("identity-keys"))
            .WithEnvironment("Provider__InitialAdmin__Email", InitialAdminEmail)
            .WithEnvironment("Provider__InitialAdmin__Password", adminPassword);
    }

    /// <summary>Every resource that checks tokens, pointed at the provider through the gateway (local mode is plain http).</summary>
    public static IResourceBuilder<T> WithIdentityAuthority<T>(this IResourceBuilder<T> resource, EndpointReference gateway)
        where T : IResourceWithEnvironment =>
        resource.WithEnvironment("Identity__Authority", gateway).WithEnvironment("Identity__RequireHttpsMetadata", "false");

    /// <summary>
    /// Generated on the first run and kept in <c>.state/secrets/</c>; shown in this log that one time only,
    /// so a newcomer can sign in as the first admin and invite the first coordinator.
    /// </summary>
    private static string InitialAdminPassword(IDistributedApplicationBuilder builder, LocalState state)
    {
        const string name = "identity-initial-admin-password";
        var file = Path.Combine(state.PathFor("secrets"), name);
        var first = !File.Exists(file);
        var password = state.Secret(name);
        if (first)
        {
            builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
            {
                @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HerstelWerk.Identity")
                    .LogWarning("First admin: sign in at the gateway as {Email} with password {Password} (shown once; also in {File}).",
                        InitialAdminEmail, password, file);
                return Task.CompletedTask;
            });
        }

        return password;
    }
}
