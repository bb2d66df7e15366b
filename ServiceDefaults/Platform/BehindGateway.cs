using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.ServiceDefaults;

/// <summary>
/// For the processes whose pages browsers reach through the gateway (the console, the sign-in pages):
/// take the browser's scheme and host from the gateway's forwarded headers, so redirects and cookies
/// are for the gateway's address, not the process's own. Only the gateway's hop is trusted (loopback
/// by default; set <c>ForwardedHeadersOptions</c> known networks where it runs elsewhere).
/// </summary>
public static class BehindGateway
{
    public static IServiceCollection AddGatewayForwardedHeaders(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
}
