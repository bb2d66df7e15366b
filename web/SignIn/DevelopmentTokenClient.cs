using System.Net.Http.Json;
using HerstelWerk.Web.Gateway;

namespace HerstelWerk.Web.SignIn;

/// <summary>The gateway's Development-only <c>POST /dev/token</c>, for the development sign-in page.</summary>
public sealed class DevelopmentTokenClient(HttpClient http)
{
    public sealed record TokenRequest(string Role, string? Subject, Guid? VolunteerId);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public Task<ApiResult<TokenResponse>> IssueAsync(TokenRequest request, CancellationToken cancellationToken) =>
        GatewayCall.SendAsync<TokenResponse>(http, new HttpRequestMessage(HttpMethod.Post, "/dev/token")
        {
            Content = JsonContent.Create(request, options: GatewayCall.Json),
        }, cancellationToken);
}
