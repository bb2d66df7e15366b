using System.Net.Http.Headers;
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

    /// <summary>
    /// The first active volunteers by name (those <c>./eng/seed-volunteers.sh</c> loads, for example), to
    /// pick one to be. Nobody is signed in yet, so the page asks as a development coordinator; an empty
    /// list (Volunteers down, none active) only means typing the id.
    /// </summary>
    public async Task<IReadOnlyList<VolunteerSummary>> ActiveVolunteersAsync(CancellationToken cancellationToken)
    {
        var token = await IssueAsync(new("coordinator", null, null), cancellationToken);
        if (!token.Succeeded)
        {
            return [];
        }

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/volunteers?status=Active&pageSize=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value.AccessToken);
        var page = await GatewayCall.SendAsync<Page<VolunteerSummary>>(http, request, cancellationToken);
        return page.Value?.Items.OrderBy(v => v.FullName, StringComparer.CurrentCultureIgnoreCase).ToList() ?? [];
    }
}
