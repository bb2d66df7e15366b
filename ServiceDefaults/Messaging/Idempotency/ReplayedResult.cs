using System.Text;
using Microsoft.AspNetCore.Http;

namespace HerstelWerk.Messaging.Idempotency;

/// <summary>The stored answer to a keyed request, sent again to a retry of it.</summary>
internal sealed class ReplayedResult(IdempotentRequest earlier) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = earlier.StatusCode!.Value;
        response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.Location is not null)
        {
            response.Headers.Location = earlier.Location;
        }

        if (earlier.ETag is not null)
        {
            response.Headers.ETag = earlier.ETag;
        }

        if (earlier.Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(earlier.Body, Encoding.UTF8, httpContext.RequestAborted);
        }
    }
}
