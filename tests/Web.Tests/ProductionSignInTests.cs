using System.Net;
using HerstelWerk.Testing;
using HerstelWerk.Web.Localization;
using HerstelWerk.Web.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>Outside Development: OpenID Connect with PKCE against Identity:Authority, and no development sign-in at all.</summary>
public sealed class ProductionSignInTests : IAsyncLifetime
{
    // Any public type of the console's assembly names it; "Program" would be ambiguous beside the AppHost's.
    private readonly ServiceFactory<Text> _console = new(new Dictionary<string, string?>
    {
        ["Identity:Authority"] = "https://login.herstelwerk.example/realms/herstelwerk",
        ["Identity:ClientId"] = "herstelwerk-console",
    }, environment: "Production");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Theory]
    [InlineData("/ontwikkeling/aanmelden")]
    [InlineData("/ontwikkeling/aanmelden?ReturnUrl=%2F")]
    public async Task The_development_sign_in_page_does_not_exist(string path)
    {
        using var client = _console.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Alleen voor ontwikkeling", body);
    }

    [Fact]
    public async Task Sign_in_is_OpenID_Connect_with_the_code_flow_and_PKCE()
    {
        var schemes = _console.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var oidc = _console.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

        Assert.Equal(OpenIdConnectDefaults.AuthenticationScheme, (await schemes.GetDefaultChallengeSchemeAsync())?.Name);
        Assert.Equal("https://login.herstelwerk.example/realms/herstelwerk", oidc.Authority);
        Assert.Equal("code", oidc.ResponseType);
        Assert.True(oidc.UsePkce);
        Assert.True(oidc.SaveTokens, "the tokens stay in the server-side ticket");
    }

    [Fact]
    public void The_session_cookie_is_HttpOnly_Secure_SameSite_Strict_and_ends_after_30_idle_minutes()
    {
        var cookie = _console.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.Equal(ConsoleSession.CookieName, cookie.Cookie.Name);
        Assert.True(cookie.Cookie.HttpOnly);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, cookie.Cookie.SecurePolicy);
        Assert.Equal(Microsoft.AspNetCore.Http.SameSiteMode.Strict, cookie.Cookie.SameSite);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }
}
