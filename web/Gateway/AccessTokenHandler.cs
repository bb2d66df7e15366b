using System.Net.Http.Headers;
using HerstelWerk.Web.SignIn;
using Microsoft.AspNetCore.Authentication;

namespace HerstelWerk.Web.Gateway;

/// <summary>
/// Sends the signed-in user's access token to the gateway. The token is read from the session's
/// ticket on the server (the circuit's own request carries the cookie); the browser never sees it.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (httpContextAccessor.HttpContext is { } context && await context.GetTokenAsync(ConsoleSession.AccessToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
