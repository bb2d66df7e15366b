namespace HerstelWerk.ServiceDefaults.Security;

/// <summary>
/// How bearer tokens are validated, from the <c>Identity</c> configuration section. A real OIDC
/// provider (Keycloak, Entra ID, ...) is configured with <see cref="Authority"/>; development and tests
/// use <see cref="SigningKey"/>, which the AppHost generates as a secret parameter.
/// </summary>
public sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary>The OIDC issuer URL; its discovery document supplies issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience every token must be for.</summary>
    public string Audience { get; set; } = "herstelwerk";

    /// <summary>Issuer of tokens signed with <see cref="SigningKey"/>.</summary>
    public string Issuer { get; set; } = "herstelwerk-development";

    /// <summary>A shared HMAC key (at least 32 characters) when there is no authority.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Metadata over https only; false is for a local identity provider in development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
