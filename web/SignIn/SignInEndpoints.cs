using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace HerstelWerk.Web.SignIn;

internal static class SignInEndpoints
{
    /// <summary>
    /// <c>GET /aanmelden</c> starts a sign-in (the development page, or the provider), <c>POST /afmelden</c>
    /// ends the session (a form with an antiforgery token, so no other site can sign a user out).
    /// </summary>
    public static void MapSignInEndpoints(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        app.MapGet(ConsoleSession.SignInPath, (string? terug) => development
                ? Results.LocalRedirect($"{ConsoleSession.DevelopmentSignInPage}?ReturnUrl={Uri.EscapeDataString(SignedInRedirect.LocalOrHome(terug))}")
                : AtProvider(terug))
            .AllowAnonymous();
        app.MapGet(ConsoleSession.ProviderSignInPath, (string? terug) => AtProvider(terug)).AllowAnonymous();

        app.MapPost(ConsoleSession.SignOutPath, async (HttpContext context, SessionTokens tokens, TokenRefresher refresher) =>
            {
                var sessionId = context.User.FindFirst(SessionTokens.SessionClaim)?.Value;
                var fromProvider = sessionId is not null;
                if (sessionId is not null && tokens.Forget(sessionId)?.RefreshToken is { } refreshToken)
                {
                    await refresher.RevokeAsync(refreshToken, context.RequestAborted);
                }

                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                // A session from the provider ends there too, or the next sign-in would pass without a password.
                return fromProvider
                    ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme])
                    : Results.LocalRedirect("/");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());

        // The circuit's keep-alive (SessionIdle): an authenticated request lets the cookie slide.
        app.MapPost("/sessie", () => Results.NoContent());
    }

    private static IResult AtProvider(string? returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = SignedInRedirect.LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]);

    /// <summary>Outside Development the development pages do not exist, whatever a component says.</summary>
    public static void UseDevelopmentOnlyPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }

        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/ontwikkeling"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }
}
