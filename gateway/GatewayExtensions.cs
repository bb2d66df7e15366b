using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace HerstelWerk.Gateway;

internal static class GatewayExtensions
{
    public const string CorsPolicy = "front-ends";

    /// <summary>
    /// YARP routes from the <c>ReverseProxy</c> configuration section, with cluster addresses such as
    /// <c>http://courses</c> resolved by Aspire service discovery, and the gateway's hardening.
    /// </summary>
    public static void AddGatewayServices(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(GatewaySettings.SectionName).Get<GatewaySettings>() ?? new GatewaySettings();
        builder.Services.AddSingleton(settings);

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            // The gateway sends no Server header of its own; nor does it pass on a service's, which
            // would tell a caller what runs behind it.
            .AddTransforms(transforms => transforms.AddResponseHeaderRemove(HeaderNames.Server, ResponseCondition.Always))
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddHealthChecks().AddCheck<RoutesHealthCheck>("routes", tags: ["ready"]);
        builder.Services.AddAuthorizationBuilder().AddGatewayPolicies();
        builder.Services.AddGatewayRateLimiting(settings);
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(settings.AllowedOrigins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            // What a browser front end sends (a token, If-Match for edits, an Idempotency-Key for creates)
            // and what it must read back (the ETag to send as If-Match, whether an answer was replayed).
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key")
            .WithExposedHeaders("Location", "Retry-After", "ETag", "Idempotent-Replayed")));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
        });
    }

    /// <summary>
    /// The gateway's pipeline, in an order that matters: transport security, headers and size limits
    /// first; then who is calling; then their budget; then what they may reach.
    /// </summary>
    public static void UseGatewayPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseHerstelWerkProblemDetails();
        app.UseSecurityHeaders(app.Configuration["Identity:Authority"]);
        app.UseRequestSizeLimit(app.Services.GetRequiredService<GatewaySettings>().MaxRequestBodyBytes);
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHealthEndpoints();
    }
}
