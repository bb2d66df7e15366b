using System.Net;
using System.Security.Claims;
using System.Text;
using HerstelWerk.Web.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>
/// A console session outlives its 10-minute access tokens: the token is renewed shortly before it
/// expires, once however many calls ask at the same moment (a rotated refresh token works once), and a
/// refused renewal ends the session. The provider here is a stand-in token endpoint; the real one is
/// exercised by tests/Identity.Tests.
/// </summary>
public sealed class SessionTokensTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly TokenEndpoint _provider = new();

    [Fact]
    public async Task A_token_far_from_expiry_is_used_as_it_is()
    {
        var (tokens, user) = Session(expiresIn: TimeSpan.FromMinutes(10));

        Assert.Equal("access-1", await tokens.AccessTokenAsync(user, null, CancellationToken.None));
        Assert.Equal(0, _provider.Requests);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_renewed_once_for_calls_at_the_same_moment()
    {
        var (tokens, user) = Session(expiresIn: TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(9.5));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => tokens.AccessTokenAsync(user, null, CancellationToken.None)));

        Assert.All(answers, answer => Assert.Equal("access-2", answer));
        Assert.Equal(1, _provider.Requests);
        Assert.Equal("refresh-1", _provider.LastRefreshToken);
        // The next renewal uses the rotated refresh token.
        _time.Advance(TimeSpan.FromMinutes(9.5));
        Assert.Equal("access-3", await tokens.AccessTokenAsync(user, null, CancellationToken.None));
        Assert.Equal("refresh-2", _provider.LastRefreshToken);
    }

    [Fact]
    public async Task A_refused_renewal_ends_the_session()
    {
        var (tokens, user) = Session(expiresIn: TimeSpan.FromMinutes(10));
        _provider.Refuse = true;
        _time.Advance(TimeSpan.FromMinutes(9.5));

        Assert.Null(await tokens.AccessTokenAsync(user, null, CancellationToken.None));
        _provider.Refuse = false;
        Assert.Null(await tokens.AccessTokenAsync(user, null, CancellationToken.None));
    }

    private (SessionTokens Tokens, ClaimsPrincipal User) Session(TimeSpan expiresIn)
    {
        var options = new OpenIdConnectOptions
        {
            ClientId = "herstelwerk-console",
            ClientSecret = "secret",
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration { TokenEndpoint = "https://provider.test/connect/token" }),
        };
        var refresher = new TokenRefresher(new Clients(_provider), new Monitor(options), _time, NullLogger<TokenRefresher>.Instance);
        var tokens = new SessionTokens(refresher, _time, NullLogger<SessionTokens>.Instance);
        var sessionId = SessionTokens.NewSessionId();
        tokens.Remember(sessionId, new TokenSet("access-1", "refresh-1", _time.GetUtcNow() + expiresIn));
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionTokens.SessionClaim, sessionId)], "test"));
        return (tokens, user);
    }

    private sealed class TokenEndpoint : HttpMessageHandler
    {
        private int _issued = 1;

        public int Requests { get; private set; }

        public string? LastRefreshToken { get; private set; }

        public bool Refuse { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            LastRefreshToken = System.Web.HttpUtility.ParseQueryString(form)["refresh_token"];
            if (Refuse)
            {
                return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{\"error\":\"invalid_grant\"}") };
            }

            await Task.Delay(50, cancellationToken);
            var next = Interlocked.Increment(ref _issued);
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"{{\"access_token\":\"access-{next}\",\"refresh_token\":\"refresh-{next}\",\"expires_in\":600}}", Encoding.UTF8, "application/json"),
            };
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class Monitor(OpenIdConnectOptions options) : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue => options;

        public OpenIdConnectOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }
}
