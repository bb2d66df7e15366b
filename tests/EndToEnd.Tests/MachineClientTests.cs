using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// A partner's client, registered by an admin through the gateway, signs in with client credentials at
/// the embedded provider (through the gateway, as a partner would) and reaches no staff endpoint; a
/// token the provider made for no audience is refused by every service itself.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MachineClientTests(SystemFixture system)
{
    private static readonly string[] Services = ["identity", "courses", "placement", "aftercare", "volunteers"];

    [Fact]
    public async Task A_partner_token_gets_403_on_every_staff_endpoint_through_the_gateway()
    {
        var (clientId, secret) = await RegisterPartnerAsync();
        var token = await ClientCredentialsAsync(clientId, secret, scope: "herstelwerk");
        var claims = new JsonWebToken(token);
        Assert.Equal("partner", claims.GetClaim("role").Value);
        Assert.Equal(clientId, claims.Subject);
        Assert.Equal(["herstelwerk"], claims.Audiences);

        using var partner = system.App.CreateHttpClient("gateway");
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var operations = await StaffOperationsAsync();
        Assert.True(operations.Count > 100, $"only {operations.Count} operations found");
        foreach (var (method, path) in operations)
        {
            using var response = await partner.SendAsync(new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get ? null : JsonContent.Create(new { }) });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_by_every_service()
    {
        var (clientId, secret) = await RegisterPartnerAsync();
        // Without the API's scope the provider sets no "herstelwerk" audience: a valid signature, the wrong audience.
        var token = await ClientCredentialsAsync(clientId, secret, scope: null);
        Assert.DoesNotContain("herstelwerk", new JsonWebToken(token).Audiences);

        foreach (var service in Services)
        {
            // Straight to the service, past the gateway: each one checks the audience itself.
            using var client = system.App.CreateHttpClient(service, "http");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.GetAsync($"/api/{service}/audit");
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{service}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_removed_client_gets_no_new_token()
    {
        var (clientId, secret) = await RegisterPartnerAsync();
        await ClientCredentialsAsync(clientId, secret, scope: "herstelwerk");
        using var admin = await system.ClientAsAsync("admin");

        using var removed = await admin.DeleteAsync($"/api/identity/clients/{clientId}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        using var refused = await RequestTokenAsync(clientId, secret, "herstelwerk");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_client", await refused.Content.ReadAsStringAsync());
    }

    private async Task<(string ClientId, string Secret)> RegisterPartnerAsync()
    {
        using var admin = await system.ClientAsAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/identity/clients", new { name = "Reclassering Test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    private async Task<string> ClientCredentialsAsync(string clientId, string secret, string? scope)
    {
        using var response = await RequestTokenAsync(clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string? scope)
    {
        using var gateway = system.App.CreateHttpClient("gateway");
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    /// <summary>Every operation of every service's OpenAPI document, its path values filled in.</summary>
    private async Task<List<(HttpMethod Method, string Path)>> StaffOperationsAsync()
    {
        using var gateway = system.App.CreateHttpClient("gateway");
        var operations = new List<(HttpMethod, string)>();
        foreach (var service in Services)
        {
            var document = await gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject().Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal)))
            {
                var concrete = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", Guid.NewGuid().ToString());
                foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    operations.Add((new HttpMethod(method.Name.ToUpperInvariant()), concrete));
                }
            }
        }

        return operations;
    }
}
