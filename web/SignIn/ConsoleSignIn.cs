using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace HerstelWerk.Web.SignIn;

/// <summary>
/// Backend-for-frontend sign-in: the browser holds only an HttpOnly, Secure, SameSite=Strict session
/// cookie; the access token stays in the (encrypted) ticket on the server and is sent to the gateway
/// by <see cref="Gateway.AccessTokenHandler"/>. In Development a page hands out development tokens;
/// everywhere else it is OpenID Connect against <c>Identity:Authority</c>.
/// </summary>
internal static class ConsoleSignIn
{
    public static void AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var settings = builder.Configuration.GetSection(ConsoleIdentitySettings.SectionName).Get<ConsoleIdentitySettings>() ?? new();
        var provider = !string.IsNullOrWhiteSpace(settings.Authority);
        if (!development && !provider)
        {
            throw new InvalidOperationException("Outside Development the console signs people in with OpenID Connect: set Identity:Authority.");
        }

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = development ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = ConsoleSession.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = ConsoleSession.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = development ? ConsoleSession.DevelopmentSignInPage : ConsoleSession.SignInPath;
            options.AccessDeniedPath = ConsoleSession.AccessDeniedPath;
            options.Events.OnValidatePrincipal = AccessTokenLifetime.EndSessionWhenExpiredAsync;
        });
        if (provider)
        {
            authentication.AddOpenIdConnect(options => ConfigureOpenIdConnect(options, settings));
        }

        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName);

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CircuitActivity>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ActivityCircuitHandler>();
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, ConsoleIdentitySettings settings)
    {
        options.Authority = settings.Authority;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ClientId = settings.ClientId;
        options.ClientSecret = string.IsNullOrWhiteSpace(settings.ClientSecret) ? null : settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back in the address, not in a form the provider posts with a script: the
        // sign-in pages run no script, and PKCE makes a code in the address useless to anyone else.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.SaveTokens = true;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.TokenValidationParameters.NameClaimType = HerstelWerkClaims.Subject;
        options.TokenValidationParameters.RoleClaimType = HerstelWerkClaims.Role;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        // A refresh token: access tokens live minutes, a session as long as its user is active.
        options.Scope.Add("offline_access");
        options.Scope.Add(settings.Audience);
        // The roles are in the access token, which is what the services check; take them from there,
        // so the console shows exactly what the gateway will allow.
        options.Events.OnTokenValidated = context =>
        {
            var response = context.TokenEndpointResponse;
            var sessionId = SessionTokens.NewSessionId();
            context.Principal = AccessTokenClaims.PrincipalFrom(response?.AccessToken, context.Scheme.Name,
                name: context.Principal?.FindFirst("name")?.Value, sessionId: sessionId);
            var expiresAt = AccessTokenClaims.ExpiresAt(response!.AccessToken);
            context.HttpContext.RequestServices.GetRequiredService<SessionTokens>()
                .Remember(sessionId, new TokenSet(response.AccessToken, response.RefreshToken, expiresAt));
            return Task.CompletedTask;
        };
        // Land on a page of our own first: the provider's redirect is cross-site, so a SameSite=Strict
        // cookie would not travel on the very next request (see SignedIn.razor).
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            context.Properties.RedirectUri = SignedInRedirect.To(context.Properties.RedirectUri);
            return Task.CompletedTask;
        };
    }
}
