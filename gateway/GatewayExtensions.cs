namespace HerstelWerk.Gateway;

internal static class GatewayExtensions
{
    /// <summary>
    /// YARP routes from the <c>ReverseProxy</c> configuration section. Cluster addresses such as
    /// <c>http://courses</c> are resolved by Aspire service discovery.
    /// </summary>
    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddHealthChecks().AddCheck<RoutesHealthCheck>("routes", tags: ["ready"]);
    }
}
