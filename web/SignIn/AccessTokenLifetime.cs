using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HerstelWerk.Web.SignIn;

/// <summary>A session whose access token has expired is over: the gateway would refuse every call anyway.</summary>
internal static class AccessTokenLifetime
{
    public static async Task EndSessionWhenExpiredAsync(CookieValidatePrincipalContext context)
    {
        var token = context.Properties.GetTokenValue(ConsoleSession.AccessToken);
        if (token is null || AccessTokenClaims.ExpiresAt(token) <= DateTimeOffset.UtcNow)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
