using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HerstelWerk.ServiceDefaults.Api;

public static class IfMatchRequirement
{
    /// <summary>
    /// An edit of a record people edit: <c>If-Match</c> is required (428 without it, 412 when stale). The
    /// change pipeline's <c>UpdateAsync</c> enforces it; this documents it on the endpoint.
    /// </summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RequestHeaderMetadata(HeaderNames.IfMatch, Required: true,
                "The ETag you read, in quotes; the change is refused with 412 if the record changed since."))
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
