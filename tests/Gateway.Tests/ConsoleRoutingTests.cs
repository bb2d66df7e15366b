using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The gateway serves the web console at <c>/</c>: every path outside its own prefixes goes to the
/// console, with a policy that lets the console run its own scripts and nothing inline.
/// </summary>
public sealed class ConsoleRoutingTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/deelnemers/5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Paths_outside_the_API_reach_the_console_without_a_token(string path)
    {
        await using var console = await FakeService.StartAsync();
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:web:Destinations:web:Address"] = console.Address,
        });
        using var client = gateway.ClientAs(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("'unsafe-inline' ", policy.Split("style-src")[0]);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_API_keeps_its_own_routes_and_policy()
    {
        await using var console = await FakeService.StartAsync();
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:web:Destinations:web:Address"] = console.Address,
        });
        using var anonymous = gateway.ClientAs(null);
        using var coordinator = gateway.ClientAs(Roles.Coordinator);

        var api = await anonymous.GetAsync("/api/courses/participants");
        var unknown = await coordinator.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/account/signin", true)]
    [InlineData("/connect/authorize?client_id=herstelwerk-console", true)]
    [InlineData("/.well-known/openid-configuration", false)]
    public async Task Sign_in_reaches_the_identity_provider_without_a_token_and_runs_no_script(string path, bool page)
    {
        await using var identity = await FakeService.StartAsync();
        await using var console = await FakeService.StartAsync();
        await using var gateway = new GatewayHost(settings: new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:identity:Destinations:identity:Address"] = identity.Address,
            ["ReverseProxy:Clusters:web:Destinations:web:Address"] = console.Address,
        });
        using var client = gateway.ClientAs(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri(path, UriKind.Relative).ToString().Split('?')[0], identity.LastPath);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(page ? SecurityHeaders.SignInPolicy : "default-src 'none'; frame-ancestors 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void Forms_may_post_to_the_identity_provider_only_when_there_is_one()
    {
        Assert.Contains("form-action 'self';", SecurityHeaders.ConsolePolicy(null));
        Assert.Contains("form-action 'self' https://login.herstelwerk.example;", SecurityHeaders.ConsolePolicy("https://login.herstelwerk.example/realms/hw"));
    }
}
