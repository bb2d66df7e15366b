using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// The web console's registration, kept equal to the settings at every start (the AppHost's addresses
/// and generated secret can change between runs): a confidential client with the authorization code flow,
/// PKCE required, refresh tokens, exact redirect addresses, and the API's scope.
/// </summary>
internal static class ConsoleClient
{
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static OpenIddictApplicationDescriptor Describe(ConsoleClientSettings console, string audience)
    {
        var baseAddress = console.BaseAddress ?? throw new InvalidOperationException("Provider:Console:BaseAddress is not set.");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = console.ClientId,
            ClientSecret = console.ClientSecret,
            ClientType = string.IsNullOrEmpty(console.ClientSecret) ? ClientTypes.Public : ClientTypes.Confidential,
            // First-party: people are not asked to consent to their own charity's console.
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "HerstelWerk console",
            RedirectUris = { new Uri(baseAddress, CallbackPath) },
            PostLogoutRedirectUris = { new Uri(baseAddress, SignedOutCallbackPath) },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Prefixes.Scope + audience,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        return descriptor;
    }
}
