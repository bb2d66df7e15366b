using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Gateway;

/// <summary>
/// The web console is served at <c>/</c> (the <c>web</c> route, lowest priority). The gateway's own
/// prefixes stay the gateway's: an unknown path under them is its 404, never a console page.
/// </summary>
internal static class ConsoleRoutes
{
    /// <summary>The <c>web</c> route's <c>Order</c> in appsettings.json: after everything else.</summary>
    public const int ConsoleRouteOrder = 1000;

    /// <summary>The identity provider's pages and protocol endpoints, which browsers load as pages.</summary>
    public static readonly string[] SignInPrefixes = ["/account", "/connect"];

    /// <summary>The identity provider's discovery document and keys: data, anyone may read them.</summary>
    public const string DiscoveryPrefix = "/.well-known";

    public static bool IsSignIn(PathString path) => SignInPrefixes.Any(prefix => path.StartsWithSegments(prefix));

    // After the two above: static fields are set in the order they are written.
    public static readonly string[] GatewayPrefixes =
        ["/api", "/openapi", EventCatalogueEndpoint.Prefix, "/scalar", "/dev", HealthEndpoints.HealthPath, HealthEndpoints.AlivePath, .. SignInPrefixes, DiscoveryPrefix];

    /// <summary>True for a path the console answers, false for the API, its documents and the probes.</summary>
    public static bool IsConsole(PathString path) => !GatewayPrefixes.Any(prefix => path.StartsWithSegments(prefix));

    public static void MapGatewayNotFound(this WebApplication app)
    {
        foreach (var prefix in GatewayPrefixes)
        {
            // After every real route under the prefix (order 0) and before the console's (ConsoleRouteOrder);
            // a caller without a token gets 401 first.
            app.Map($"{prefix}/{{**rest}}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found."))
                .RequireAccess([.. Roles.All])
                .WithOrder(ConsoleRouteOrder / 2)
                .ExcludeFromDescription();
        }
    }
}
