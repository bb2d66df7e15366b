namespace HerstelWerk.Web.SignIn;

/// <summary>The session cookie's rules, in one place.</summary>
public static class ConsoleSession
{
    /// <summary><c>__Host-</c>: only over https (or localhost), for this host, path <c>/</c>; no domain can widen it.</summary>
    public const string CookieName = "__Host-herstelwerk";

    /// <summary>A session ends after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The name the access token is kept under in the ticket's properties (server side only).</summary>
    public const string AccessToken = "access_token";

    /// <summary>The refresh token's name in the ticket (a session from the identity provider only).</summary>
    public const string RefreshToken = "refresh_token";

    public const string SignInPath = "/aanmelden";
    public const string SignedInPath = "/aanmelden/voltooid";

    /// <summary>Signing in at the identity provider, also in Development, where the development page is the default.</summary>
    public const string ProviderSignInPath = "/aanmelden/account";
    public const string SignOutPath = "/afmelden";
    public const string AccessDeniedPath = "/geen-toegang";
    public const string DevelopmentSignInPage = "/ontwikkeling/aanmelden";
    public const string DevelopmentTokenPath = "/ontwikkeling/token";
}
