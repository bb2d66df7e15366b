using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Gateway;

/// <summary>
/// Refuses bodies above <see cref="GatewaySettings.MaxRequestBodyBytes"/> with 413 before they are
/// read or forwarded; a body without a length is cut off by the server at the same limit.
/// </summary>
internal static class RequestSizeLimit
{
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                await TypedResults.Problem(
                        statusCode: StatusCodes.Status413PayloadTooLarge,
                        title: "The request body is too large.",
                        detail: $"At most {maxBytes} bytes are accepted.")
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxBytes;
            }

            await next(context);
        });
}
