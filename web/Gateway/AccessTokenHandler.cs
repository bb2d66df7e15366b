using System.Net.Http.Headers;
using HerstelWerk.Web.SignIn;
using Microsoft.AspNetCore.Authentication;

namespace HerstelWerk.Web.Gateway;

/// <summary>
/// Sends the signed-in user's access token to the gateway: the session's current one, renewed when it
/// is about to expire (<see cref="SessionTokens"/>). The browser never sees it.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor httpContextAccessor, SessionTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (httpContextAccessor.HttpContext is { User.Identity.IsAuthenticated: true } context)
        {
            var ticket = (await context.AuthenticateAsync()).Properties;
            if (await tokens.AccessTokenAsync(context.User, ticket, cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
