namespace HerstelWerk.Gateway;

/// <summary>The gateway's hardening settings, from the <c>Gateway</c> configuration section.</summary>
public sealed class GatewaySettings
{
    public const string SectionName = "Gateway";

    /// <summary>Requests per minute from one IP address, whoever sends them.</summary>
    public int RequestsPerMinutePerIp { get; set; } = 600;

    /// <summary>Requests per minute from one authenticated client (token subject or client id).</summary>
    public int RequestsPerMinutePerClient { get; set; } = 300;

    /// <summary>Larger request bodies get 413. The API takes small JSON documents only.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Front-end origins allowed to call the API from a browser. None by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
