using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>The gateway as the internet sees it: tokens, limits, headers, origins and transport.</summary>
public sealed class GatewayHardeningTests
{
    [Fact]
    public async Task Development_token_endpoint_issues_a_working_token()
    {
        await using var gateway = new GatewayHost();
        using var client = gateway.ClientAs(null);

        var response = await client.PostAsJsonAsync("/dev/token", new { role = Roles.Adviser, subject = "adviser-1" });

        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/placement/participants");
        request.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.BadGateway, (await client.SendAsync(request)).StatusCode); // accepted at the edge
    }

    [Theory]
    [InlineData("""{"role":"superuser"}""", "role")]
    [InlineData("""{"role":"volunteer"}""", "volunteerId")]
    [InlineData("""{}""", "role")]
    public async Task Development_token_request_is_validated(string body, string field)
    {
        await using var gateway = new GatewayHost();
        using var client = gateway.ClientAs(null);

        var response = await client.PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Development_token_endpoint_and_API_reference_do_not_exist_outside_Development(string environment)
    {
        await using var gateway = new GatewayHost(environment);
        using var client = gateway.ClientAs(Roles.Coordinator);

        var token = await client.PostAsJsonAsync("https://localhost/dev/token", new { role = Roles.Admin });
        var reference = await client.GetAsync("https://localhost/scalar");

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reference.StatusCode);
    }

    [Fact]
    public async Task Outside_Development_http_is_redirected_and_https_answers_carry_HSTS()
    {
        await using var gateway = new GatewayHost("Production");
        using var client = gateway.ClientAs(null);

        var plain = await client.GetAsync("http://localhost/health");
        // HSTS is never sent for localhost, so ask as the public host name would.
        var secure = await client.GetAsync("https://api.herstelwerk.example/health");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location?.Scheme);
        Assert.True(secure.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_client_over_its_budget_gets_429_with_Retry_After()
    {
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?> { ["Gateway:RequestsPerMinutePerClient"] = "3" });
        using var client = gateway.ClientAs(Roles.Coordinator, subject: "busy-coordinator");
        using var other = gateway.ClientAs(Roles.Coordinator, subject: "calm-coordinator");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/courses/participants")).StatusCode);
        }

        var limited = await client.GetAsync("/api/courses/participants");
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        // Another client still has its own budget.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.GetAsync("/api/courses/participants")).StatusCode);
    }

    [Fact]
    public async Task An_address_over_its_budget_gets_429_even_without_a_token()
    {
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?> { ["Gateway:RequestsPerMinutePerIp"] = "2" });
        using var client = gateway.ClientAs(null);

        await client.GetAsync("/api/courses/participants");
        await client.GetAsync("/api/courses/participants");
        var limited = await client.GetAsync("/api/courses/participants");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        // Health probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_users_behind_one_address_each_have_their_own_budget_not_the_address_s()
    {
        // As the console: one server address, calling for many signed-in users.
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?>
        {
            ["Gateway:RequestsPerMinutePerIp"] = "2",
            ["Gateway:RequestsPerMinutePerClient"] = "3",
        });
        using var anna = gateway.ClientAs(Roles.Coordinator, subject: "anna");
        using var bram = gateway.ClientAs(Roles.Coordinator, subject: "bram");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await anna.GetAsync("/api/courses/participants")).StatusCode);
            statuses.Add((await bram.GetAsync("/api/courses/participants")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        // Each still has a budget of its own.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anna.GetAsync("/api/courses/participants")).StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?> { ["Gateway:MaxRequestBodyBytes"] = "1000" });
        using var client = gateway.ClientAs(Roles.Coordinator);

        var response = await client.PostAsync("/api/courses/participants", new StringContent(new string('x', 2000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_carry_security_headers_and_are_never_cached()
    {
        await using var gateway = new GatewayHost();
        using var client = gateway.ClientAs(null);

        var response = await client.GetAsync("/api/courses/participants");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_proxied_answer_does_not_pass_on_the_services_Server_header()
    {
        await using var service = await FakeService.StartAsync();
        using var direct = new HttpClient();
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:courses:Destinations:courses:Address"] = service.Address,
        });
        using var client = gateway.ClientAs(Roles.Coordinator);

        var straight = await direct.GetAsync($"{service.Address}/api/courses/participants");
        var proxied = await client.GetAsync("/api/courses/participants");

        Assert.True(straight.Headers.Contains("Server"), "the service behind it does send one");
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.False(proxied.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Only_configured_front_ends_may_call_from_a_browser()
    {
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?> { ["Gateway:AllowedOrigins:0"] = "https://app.herstelwerk.example" });
        using var client = gateway.ClientAs(null);

        var allowed = await client.SendAsync(Preflight("https://app.herstelwerk.example"));
        var denied = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://app.herstelwerk.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_front_end_may_send_If_Match_and_Idempotency_Key_and_read_ETag_and_Idempotent_Replayed()
    {
        const string origin = "https://app.herstelwerk.example";
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?> { ["Gateway:AllowedOrigins:0"] = origin });
        using var client = gateway.ClientAs(null);
        using var preflight = Preflight(origin);
        preflight.Headers.Remove("Access-Control-Request-Headers");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key");
        using var actual = gateway.ClientAs(Roles.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses/participants");
        request.Headers.Add("Origin", origin);

        var allowed = await client.SendAsync(preflight);
        var answered = await actual.SendAsync(request);

        var allowedHeaders = allowed.Headers.GetValues("Access-Control-Allow-Headers").SelectMany(h => h.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.Contains(allowedHeaders, h => h.Equals("If-Match", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(allowedHeaders, h => h.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase));
        var exposed = answered.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(h => h.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.Contains(exposed, h => h.Equals("ETag", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(exposed, h => h.Equals("Idempotent-Replayed", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/internal/secrets")]
    [InlineData("/dev/anything")]
    [InlineData("/openapi/secrets.json")]
    [InlineData("/asyncapi/secrets.json")]
    public async Task Unknown_route_is_a_404_problem_without_internals(string path)
    {
        await using var gateway = new GatewayHost();
        using var client = gateway.ClientAs(Roles.Coordinator);

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("at ", body, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Yarp", body, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/courses/participants");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
