using HerstelWerk.Identity.Infrastructure;
using OpenIddict.Abstractions;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// OpenIddict as HerstelWerk's OpenID Connect provider. Only the flows issue 14 allows: the authorization
/// code flow with PKCE (the console), refresh tokens that rotate, and client credentials (partners and
/// other machine clients). No implicit flow, no password grant.
/// </summary>
internal static class ProviderRegistration
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";
    public const string RevocationPath = "/connect/revoke";
    public const string KeysPath = "/.well-known/jwks";

    public static void AddProvider(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ProviderSettings.SectionName).Get<ProviderSettings>() ?? new ProviderSettings();
        builder.Services.AddSingleton(settings);
        var (signing, encryption) = ProviderKeys.Load(settings);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }

                server.SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetEndSessionEndpointUris(EndSessionPath)
                    .SetRevocationEndpointUris(RevocationPath)
                    .SetJsonWebKeySetEndpointUris(KeysPath);

                // PKCE with S256 only: "plain" would let whoever sees the request also redeem the code.
                server.Configure(options => options.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain));
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();

                server.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                    OpenIddictConstants.Scopes.OfflineAccess, settings.Audience);

                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetIdentityTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // A refresh token works once: a second use is treated as theft and ends the whole family.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                server.AddSigningCertificate(signing).AddEncryptionCertificate(encryption);
                // The services validate access tokens as plain signed JWTs from the discovery document,
                // as they would any provider's; codes and refresh tokens stay encrypted.
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (settings.Issuer is null || settings.Issuer.Scheme == Uri.UriSchemeHttp)
                {
                    // Local mode runs on http://localhost behind the gateway; production sets an https issuer.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
    }
}
