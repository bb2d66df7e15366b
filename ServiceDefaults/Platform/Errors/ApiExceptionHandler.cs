using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// The one place where exceptions become HTTP answers. Client mistakes become 4xx problems that say
/// what to fix; everything else is logged with its trace and answered without internals.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, IEnumerable<IProblemMapper> mappers, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = mappers.Select(mapper => mapper.Describe(exception)).FirstOrDefault(found => found is not null) ?? Describe(exception);
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
        InvalidInputException invalid => ProblemDescriptions.InvalidField(invalid.Field, invalid.Message),
        DomainRuleException rule => ProblemDescriptions.BrokenRule(rule.Message, rule.StatusCode),
        TimeoutException => ProblemDescriptions.Unavailable(),
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "An unexpected error occurred.",
            Detail = "The error was logged. Quote the trace id when you report it.",
        },
    };
}
