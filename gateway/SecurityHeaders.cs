namespace HerstelWerk.Gateway;

/// <summary>
/// Response headers that keep browsers from sniffing, framing, caching or leaking what the API
/// returns. Answers carry article-10 data, so nothing may be cached.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? identityAuthority)
    {
        var consolePolicy = ConsolePolicy(identityAuthority);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                // The API reference page (Development only) runs scripts; the console runs only its
                // own; everything else is data.
                if (ConsoleRoutes.IsSignIn(context.Request.Path))
                {
                    headers.ContentSecurityPolicy = SignInPolicy;
                    headers.CacheControl = "no-store";
                }
                else if (ConsoleRoutes.IsConsole(context.Request.Path))
                {
                    headers.ContentSecurityPolicy = consolePolicy;
                    headers.CacheControl = "no-store";
                }
                else if (!context.Request.Path.StartsWithSegments("/scalar"))
                {
                    headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>
    /// The sign-in pages' policy: their own stylesheet and the QR code (inline SVG), no script at all, and
    /// forms that post only here. The provider's redirects back to the console stay on this origin.
    /// </summary>
    public const string SignInPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The console's policy: scripts, styles, fonts and the Blazor circuit (WebSocket) from this origin
    /// only, and no inline script. Inline styles are allowed: Blazor and Fluent UI set style attributes,
    /// which cannot run code. Forms post here, or to the identity provider (signing out there).
    /// </summary>
    public static string ConsolePolicy(string? identityAuthority)
    {
        var formTargets = Uri.TryCreate(identityAuthority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            + $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action {formTargets}; frame-ancestors 'none'";
    }
}
