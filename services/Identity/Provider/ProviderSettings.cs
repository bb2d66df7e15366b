namespace HerstelWerk.Identity.Provider;

/// <summary>
/// The OpenID Connect provider's settings, from the <c>Provider</c> section. The AppHost sets the issuer
/// and the console's addresses; production sets the certificates.
/// </summary>
public sealed class ProviderSettings
{
    public const string SectionName = "Provider";

    /// <summary>
    /// The public address people and services reach the provider at: the gateway's. It is the <c>iss</c>
    /// of every token and the base of every address in the discovery document, wherever the request came in.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The audience (and scope) of the API, as the services expect it (<c>Identity:Audience</c>).</summary>
    public string Audience { get; set; } = "herstelwerk";

    /// <summary>Local mode: a folder (under <c>.state/</c>) where keys are made once and kept between runs.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>Production: the certificate that signs tokens (a PFX file and its password).</summary>
    public CertificateSettings? SigningCertificate { get; set; }

    /// <summary>Production: the certificate that encrypts authorization codes and refresh tokens.</summary>
    public CertificateSettings? EncryptionCertificate { get; set; }

    public ConsoleClientSettings Console { get; set; } = new();

    /// <summary>The first admin, made only while there is no admin: the one who invites everyone else.</summary>
    public InitialAdminSettings? InitialAdmin { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a signed-in console session can be renewed without signing in again.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}

public sealed class CertificateSettings
{
    public string Path { get; set; } = string.Empty;

    public string? Password { get; set; }
}

/// <summary>The web console's registration: a confidential client using the authorization code flow with PKCE.</summary>
public sealed class ConsoleClientSettings
{
    public string ClientId { get; set; } = "herstelwerk-console";

    /// <summary>The console's client secret; the AppHost generates one and gives it to both sides.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The console's public base address (the gateway's); its callback paths are added to it.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The console's page that starts a sign-in at this provider: where a person goes after choosing a
    /// first password and setting up the second factor, so "Verder" takes them into the console.
    /// </summary>
    public string SignInPath { get; set; } = "/aanmelden/account";
}

public sealed class InitialAdminSettings
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string DisplayName { get; set; } = "Beheerder";
}
