using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Web.SignIn;

/// <summary>
/// Renews a session's tokens at the provider's token endpoint (from its discovery document) with the
/// refresh token, as the console's own client. Null when the provider refuses: the session is over.
/// </summary>
public sealed class TokenRefresher(IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider time, ILogger<TokenRefresher> logger)
{
    public const string HttpClientName = "identity-provider";

    public async Task<TokenSet?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        if (options.ConfigurationManager is null)
        {
            return null;
        }

        var configuration = await options.ConfigurationManager.GetConfigurationAsync(cancellationToken);
        var form = ClientForm(options, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });
        using var response = await clients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("The provider refused to renew a session's tokens ({Status})", (int)response.StatusCode);
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
        return answer?.AccessToken is null
            ? null
            : new TokenSet(answer.AccessToken, answer.RefreshToken ?? refreshToken, time.GetUtcNow().AddSeconds(answer.ExpiresIn));
    }

    /// <summary>Revokes a signed-out session's refresh token, so it cannot renew anything again; best effort.</summary>
    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        if (options.ConfigurationManager is null)
        {
            return;
        }

        var configuration = await options.ConfigurationManager.GetConfigurationAsync(cancellationToken);
        if (string.IsNullOrEmpty(configuration.RevocationEndpoint))
        {
            return;
        }

        var form = ClientForm(options, new() { ["token"] = refreshToken, ["token_type_hint"] = "refresh_token" });
        using var response = await clients.CreateClient(HttpClientName).PostAsync(configuration.RevocationEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("The provider did not revoke a signed-out session's refresh token ({Status})", (int)response.StatusCode);
        }
    }

    private static Dictionary<string, string> ClientForm(OpenIdConnectOptions options, Dictionary<string, string> form)
    {
        form["client_id"] = options.ClientId!;
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            form["client_secret"] = options.ClientSecret;
        }

        return form;
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
