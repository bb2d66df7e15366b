using System.Globalization;
using System.Threading.RateLimiting;
using HerstelWerk.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace HerstelWerk.Gateway;

/// <summary>
/// ASP.NET Core's rate limiter: a caller with a valid token has a budget of its own (per token subject
/// or client id), and every other request one per IP address. An authenticated caller is not also
/// counted by address: the console calls the API from its one server address on behalf of all its
/// users, who would otherwise share one budget. A limited request gets 429 with <c>Retry-After</c> and
/// a ProblemDetails body. Health probes are exempt.
/// </summary>
internal static class RateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void AddGatewayRateLimiting(this IServiceCollection services, GatewaySettings settings)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbe(context) || ClientId(context) is not null
                    ? RateLimitPartition.GetNoLimiter("probe-or-client")
                    : FixedWindow($"ip:{context.Connection.RemoteIpAddress}", settings.RequestsPerMinutePerIp)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ClientId(context) is { } client && !IsProbe(context)
                    ? FixedWindow($"client:{client}", settings.RequestsPerMinutePerClient)
                    : RateLimitPartition.GetNoLimiter("anonymous")));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests.",
                        detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds):0} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });

    /// <summary>A machine client's id (<c>azp</c>, <c>client_id</c>) or else the user (<c>sub</c>).</summary>
    private static string? ClientId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirst("azp")?.Value ?? context.User.FindFirst("client_id")?.Value ?? context.User.FindFirst("sub")?.Value
            : null;

    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpoints.HealthPath) || context.Request.Path.StartsWithSegments(HealthEndpoints.AlivePath);
}
