using System.Diagnostics;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HerstelWerk.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error is an RFC 9457 problem: bad input is a 400 that names the field, an unknown route a
    /// plain 404, and an unexpected failure a 500 without internals, all with the trace id operators
    /// search for in the dashboard.
    /// </summary>
    public static TBuilder AddHerstelWerkProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
            // The bare trace id, as the dashboard's trace search takes it.
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // Every 503 says when to try again, so clients and the gateway back off instead of hammering.
            if (context.ProblemDetails.Status == StatusCodes.Status503ServiceUnavailable
                && !context.HttpContext.Response.Headers.ContainsKey(HeaderNames.RetryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ProblemDescriptions.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            }
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        // Binding failures (malformed JSON, a wrong type, a missing parameter) throw instead of
        // answering an empty 400, so ApiExceptionHandler can name the field in every environment.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseHerstelWerkProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
