using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// The one place where exceptions become HTTP answers. Client mistakes become 4xx problems that say
/// what to fix; everything else is logged with its trace and answered without internals.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Request {Method} {Path} rejected with {Status}: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, problem.Status, problem.Title);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => BadRequestDescriber.Describe(badRequest),
        DomainRuleException rule => new ProblemDetails
        {
            Status = rule.StatusCode,
            Title = "The request breaks a rule.",
            Detail = rule.Message,
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record was changed by someone else.",
            Detail = "Reload the record and apply your change again.",
        },
        NpgsqlException { IsTransient: true } or TimeoutException => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is temporarily unavailable.",
            Detail = "Try again in a moment.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "An unexpected error occurred.",
            Detail = "The error was logged. Quote the trace id when you report it.",
        },
    };
}
