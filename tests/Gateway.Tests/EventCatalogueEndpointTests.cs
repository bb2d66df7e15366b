using System.Net;
using HerstelWerk.EventCatalogue;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>The gateway serves the event catalogue to anyone, in every environment: partners read it before they have an account.</summary>
public sealed class EventCatalogueEndpointTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task The_catalogue_is_served_without_a_token(string environment)
    {
        await using var gateway = new GatewayHost(environment);
        using var client = gateway.ClientAs(null);

        var response = await client.GetAsync("https://localhost/asyncapi/herstelwerk.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(EventCatalogueDocument.ToJson(), await response.Content.ReadAsStringAsync());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Every_role_gets_the_same_catalogue()
    {
        await using var gateway = new GatewayHost();
        var bodies = new List<string>();
        foreach (var role in Roles.All.Prepend(null))
        {
            using var client = gateway.ClientAs(role);
            bodies.Add(await client.GetStringAsync("/asyncapi/herstelwerk.json"));
        }

        Assert.Single(bodies.Distinct());
    }
}
