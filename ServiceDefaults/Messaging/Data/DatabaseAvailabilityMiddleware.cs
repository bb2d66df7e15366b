using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// While <see cref="DatabaseWatch"/> knows the database is gone, API requests are answered 503 with
/// <c>Retry-After</c> at once, instead of each holding a connection slot until its own timeout. Health,
/// OpenAPI and anything outside <c>/api</c> still answer.
/// </summary>
internal sealed class DatabaseAvailabilityMiddleware(RequestDelegate next, DatabaseWatch database, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (database.IsReachable || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = ProblemDescriptions.Unavailable() });
    }
}
