using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The gateway's endpoint-by-role walk: its own endpoints carry an access rule, every proxied route
/// names an authorization policy, and each rule holds for no token and for every role.
/// </summary>
public sealed class GatewayAccessTests : IAsyncLifetime
{
    private readonly GatewayHost _gateway = new();

    private static readonly string[] StaffRoles = [Roles.Coordinator, Roles.Adviser, Roles.Volunteer, Roles.Admin];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public void Every_route_states_who_may_call_it()
    {
        using var _ = _gateway.ClientAs(null); // starts the host
        var routes = _gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes;
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route.AuthorizationPolicy, new[] { "staff", "anonymous" }));

        var own = _gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<RouteModel>() is null);
        Assert.All(own, endpoint => Assert.True(endpoint.Metadata.GetMetadata<AccessRule>() is not null,
            $"{endpoint.RoutePattern.RawText} has no access rule"));
    }

    [Theory]
    [InlineData("GET", "/api/courses/participants")]
    [InlineData("POST", "/api/placement/anything")]
    [InlineData("GET", "/api/aftercare/participants/1")]
    [InlineData("DELETE", "/api/volunteers/x")]
    public async Task Staff_routes_need_a_token_and_keep_partners_out(string method, string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(null, method, path));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(Roles.Partner, method, path));
        foreach (var role in StaffRoles)
        {
            // Past the edge; the service decides the rest (here: nothing listens, so 502).
            Assert.Equal(HttpStatusCode.BadGateway, await StatusAsync(role, method, path));
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/courses.json")]
    [InlineData("/asyncapi/herstelwerk.json")]
    [InlineData("/scalar")]
    public async Task Open_endpoints_need_no_token(string path)
    {
        foreach (var role in Roles.All.Prepend(null))
        {
            Assert.DoesNotContain(await StatusAsync(role, "GET", path), new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        }
    }

    [Fact]
    public async Task Problems_at_the_edge_are_ProblemDetails()
    {
        using var client = _gateway.ClientAs(null);
        var response = await client.GetAsync("/api/courses/participants");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    private async Task<HttpStatusCode> StatusAsync(string? role, string method, string path)
    {
        using var client = _gateway.ClientAs(role);
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        return response.StatusCode;
    }
}
