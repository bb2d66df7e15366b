using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace HerstelWerk.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer-token validation from <see cref="IdentitySettings"/>, and a fallback policy that requires
    /// an authenticated caller: an endpoint nobody decided about is closed, not open. 401 and 403 become
    /// ProblemDetails through the status-code pages of ServiceDefaults.
    /// </summary>
    public static TBuilder AddHerstelWerkAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, configuration) => Configure(options, Settings(configuration)));
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static IdentitySettings Settings(IConfiguration configuration) =>
        configuration.GetSection(IdentitySettings.SectionName).Get<IdentitySettings>() ?? new IdentitySettings();

    /// <summary>The key that signs and checks development tokens.</summary>
    public static SymmetricSecurityKey DevelopmentKey(string signingKey) =>
        signingKey.Length >= 32
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey))
            : throw new InvalidOperationException("Identity:SigningKey must be at least 32 characters long.");

    private static void Configure(JwtBearerOptions options, IdentitySettings settings)
    {
        // Claims keep their token names ("sub", "role"), as the audit log and policies expect.
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = HerstelWerkClaims.Subject;
        options.TokenValidationParameters.RoleClaimType = HerstelWerkClaims.Role;
        options.TokenValidationParameters.ValidAudience = settings.Audience;
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);

        var authority = !string.IsNullOrWhiteSpace(settings.Authority);
        var developmentKey = !string.IsNullOrWhiteSpace(settings.SigningKey);
        if (!authority && !developmentKey)
        {
            throw new InvalidOperationException(
                "No way to validate tokens: set Identity:Authority (an OIDC provider) or Identity:SigningKey (development; the AppHost provides it).");
        }

        if (authority)
        {
            // Issuer and signing keys come from the provider's discovery document, refreshed as it rotates them.
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        }

        if (developmentKey)
        {
            // Beside the provider's keys, not instead of them: in Development the gateway's /dev/token
            // keeps working for tests and scripts while people sign in at the provider.
            options.TokenValidationParameters.ValidIssuers = [settings.Issuer];
            options.TokenValidationParameters.IssuerSigningKeys = [DevelopmentKey(settings.SigningKey!)];
        }
    }
}
