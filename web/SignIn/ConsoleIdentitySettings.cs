namespace HerstelWerk.Web.SignIn;

/// <summary>
/// How the console signs people in outside Development, from the <c>Identity</c> section: any OpenID
/// Connect provider, with the authorization code flow and PKCE. Nothing here is provider-specific.
/// </summary>
public sealed class ConsoleIdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary>The provider's issuer URL; its discovery document supplies everything else.</summary>
    public string? Authority { get; set; }

    /// <summary>The console's client id at the provider.</summary>
    public string ClientId { get; set; } = "herstelwerk-console";

    /// <summary>A confidential client's secret, if the provider requires one beside PKCE.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The API audience the access token must be for, asked for as a scope.</summary>
    public string Audience { get; set; } = "herstelwerk";

    /// <summary>Metadata over https only; false is for a local provider in development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
