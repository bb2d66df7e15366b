using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HerstelWerk.Web.SignIn;

/// <summary>
/// A session with no valid access token left is over: its token expired and could not be renewed (a
/// development token, or a refresh the provider refused because the account was disabled or its tokens
/// revoked). The gateway would refuse every call anyway.
/// </summary>
internal static class AccessTokenLifetime
{
    public static async Task EndSessionWhenExpiredAsync(CookieValidatePrincipalContext context)
    {
        var tokens = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
        if (context.Principal is null || await tokens.AccessTokenAsync(context.Principal, context.Properties, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            // Inside a circuit the request's answer has long been sent; the next page load signs out.
            if (!context.HttpContext.Response.HasStarted)
            {
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }
    }
}
