using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using HerstelWerk.ServiceDefaults.Health;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.Extensions.Hosting;

namespace HerstelWerk.ServiceDefaults;

public static class HealthEndpoints
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    public const string LiveTag = "live";

    /// <summary>The longest any one health check may take.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // "self" answers as long as the process can serve requests; restart it when this fails.
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        // A check that waits on a server which stopped answering would keep /health from answering at
        // all; every check answers within CheckTimeout, and counts as failed past it.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                var factory = registration.Factory;
                registration.Factory = services => new BoundedHealthCheck(factory(services), CheckTimeout);
            }
        });
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: ready, every check passes (database, broker, outbox). <c>/alive</c>: the process runs.
    /// Both answer only a status word, so they reveal nothing but health and stay open to probes.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthPath).AllowAnyone().ExcludeFromDescription();
        endpoints.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnyone()
            .ExcludeFromDescription();
        return endpoints;
    }
}
