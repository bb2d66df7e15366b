using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// The provider's security rules on the real servers, each at the step it guards: PKCE, exact redirect
/// addresses, one-time codes, the second factor, rotating refresh tokens, lock-out and disabled accounts.
/// </summary>
public sealed class SignInSecurityTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_coordinator_who_sets_up_the_second_factor_gets_the_tokens_the_services_read()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);

        var tokens = await SignInFlow.TokensFromAsync(await flow.RedeemAsync(await flow.CodeAsync(account.Email!, Accounts.Password)));

        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal(account.Id.ToString(), access.Subject);
        Assert.Equal(Roles.Coordinator, access.GetClaim("role").Value);
        Assert.Equal(["herstelwerk"], access.Audiences);
        Assert.Equal(IdentityFixture.PublicAddress.ToString(), access.Issuer);
        Assert.InRange(access.ValidTo - access.IssuedAt, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        // The name is for the console's greeting only; it does not travel with every API call.
        Assert.False(access.TryGetClaim("name", out _));
        Assert.Equal("Test coordinator", new JsonWebToken(tokens.IdentityToken).GetClaim("name").Value);
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task A_volunteer_token_names_the_volunteer()
    {
        var volunteerId = Guid.NewGuid();
        var account = await Accounts.NewAsync(identity, Roles.Volunteer, volunteerId);
        var flow = new SignInFlow(identity);

        var tokens = await SignInFlow.TokensFromAsync(await flow.RedeemAsync(await flow.CodeAsync(account.Email!, Accounts.Password)));

        Assert.Equal(volunteerId.ToString(), new JsonWebToken(tokens.AccessToken).GetClaim(HerstelWerkClaims.VolunteerId).Value);
    }

    [Fact]
    public async Task A_password_alone_gets_no_code_for_a_role_that_sees_participant_data()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);
        var page = await flow.FollowAsync(flow.AuthorizeAddress());
        page = await flow.PostFormAsync(page, new() { ["Email"] = account.Email!, ["Password"] = Accounts.Password });
        Assert.Contains("/account/two-factor", page.Address);

        // Skipping the set-up and asking again: back to the sign-in form, never a code.
        page = await flow.FollowAsync(flow.AuthorizeAddress());
        Assert.Contains("/account/signin", page.Address);
        Assert.DoesNotContain("code=", page.Address);
    }

    [Fact]
    public async Task A_second_sign_in_asks_for_the_code_and_refuses_a_wrong_one()
    {
        var account = await Accounts.NewAsync(identity, Roles.Adviser);
        var first = new SignInFlow(identity);
        await first.CodeAsync(account.Email!, Accounts.Password);

        var again = new SignInFlow(identity) { AuthenticatorKey = first.AuthenticatorKey };
        var page = await again.FollowAsync(again.AuthorizeAddress());
        page = await again.PostFormAsync(page, new() { ["Email"] = account.Email!, ["Password"] = Accounts.Password });
        Assert.Contains("/account/signin/code", page.Address);

        var wrong = await again.PostFormAsync(page, new() { ["Code"] = WrongCode(again.CurrentCode()) });
        Assert.Contains("Deze code klopt niet", wrong.Html);
        Assert.Contains("/account/signin/code", wrong.Address);

        var right = await again.PostFormAsync(wrong, new() { ["Code"] = again.CurrentCode() });
        Assert.NotEmpty(SignInFlow.CodeFrom(right.Address));
    }

    [Fact]
    public async Task Pkce_is_required()
    {
        var flow = new SignInFlow(identity);
        using var response = await flow.Browser.GetAsync(flow.AuthorizeAddress(pkce: false));

        // Refused at once: no sign-in form, no redirect, so never a code.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task There_is_no_password_grant()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        using var browser = identity.NewBrowser();
        using var response = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = account.Email!, ["password"] = Accounts.Password,
            ["client_id"] = SignInFlow.ClientId, ["client_secret"] = IdentityFixture.ConsoleSecret, ["scope"] = "herstelwerk",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unsupported_grant_type", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("token")]
    [InlineData("id_token token")]
    [InlineData("code id_token")]
    public async Task There_is_no_implicit_or_hybrid_flow(string responseType)
    {
        var flow = new SignInFlow(identity);
        using var response = await flow.Browser.GetAsync(flow.AuthorizeAddress().Replace("response_type=code", "response_type=" + Uri.EscapeDataString(responseType), StringComparison.Ordinal));

        // Refused before any sign-in form: no token can come back in an address.
        Assert.False(response.Headers.Location?.ToString().Contains("/account/signin", StringComparison.Ordinal) ?? false);
        Assert.DoesNotContain("access_token=", response.Headers.Location?.ToString() ?? string.Empty);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest || response.Headers.Location?.ToString().Contains("error=", StringComparison.Ordinal) == true,
            $"{(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("https://localhost/signin-oidc/")]
    [InlineData("https://localhost/SIGNIN-OIDC")]
    [InlineData("https://localhost/signin-oidc?next=/")]
    [InlineData("https://evil.example/signin-oidc")]
    public async Task A_redirect_address_must_match_exactly(string redirectUri)
    {
        var flow = new SignInFlow(identity);
        using var response = await flow.Browser.GetAsync(flow.AuthorizeAddress(redirectUri));

        // An unknown address gets the provider's own error answer, never a redirect to it.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_code_works_once_and_only_with_its_verifier()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);
        var code = await flow.CodeAsync(account.Email!, Accounts.Password);

        using var wrongVerifier = await flow.RedeemAsync(code, verifier: new SignInFlow(identity).Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);

        await SignInFlow.TokensFromAsync(await flow.RedeemAsync(code));
        using var replay = await flow.RedeemAsync(code);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("invalid_grant", await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_a_reused_one_ends_the_whole_family()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);
        var first = await SignInFlow.TokensFromAsync(await flow.RedeemAsync(await flow.CodeAsync(account.Email!, Accounts.Password)));

        var second = await SignInFlow.TokensFromAsync(await flow.RefreshAsync(first.RefreshToken!));
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        // The old one again, as a thief would: refused, and the newest one dies with it.
        using var reuse = await flow.RefreshAsync(first.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        using var newest = await flow.RefreshAsync(second.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, newest.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_refresh()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);
        var tokens = await SignInFlow.TokensFromAsync(await flow.RedeemAsync(await flow.CodeAsync(account.Email!, Accounts.Password)));

        await Accounts.ChangeAsync(identity, account.Id, changed => changed.DisabledAt = DateTimeOffset.UtcNow);

        using var refused = await flow.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("invalid_grant", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        using var signIns = new MetricProbe(HerstelWerk.ServiceDefaults.Telemetry.HerstelWerkDiagnostics.Metrics.SignIns, "outcome");
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);
        var page = await flow.FollowAsync(flow.AuthorizeAddress());
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            page = await flow.PostFormAsync(page, new() { ["Email"] = account.Email!, ["Password"] = "niet het goede wachtwoord" });
        }

        Assert.Contains("15 minuten geblokkeerd", page.Html);
        // Now even the right password does not get past the form.
        page = await flow.PostFormAsync(page, new() { ["Email"] = account.Email!, ["Password"] = Accounts.Password });
        Assert.Contains("15 minuten geblokkeerd", page.Html);
        Assert.Contains("/account/signin", page.Address);
        // Operators see it in the dashboard, and the audit log has it by account id.
        Assert.True(signIns.Total("failed") >= 4 && signIns.Total("locked_out") >= 2, $"failed {signIns.Total("failed")}, locked out {signIns.Total("locked_out")}");
        Assert.Equal(2L, await identity.QueryScalarAsync<long>("SELECT count(*) FROM audit_log WHERE user_id = $1 AND action = 'LockOut'", account.Id.ToString()));
        Assert.Equal(0L, await identity.QueryScalarAsync<long>("SELECT count(*) FROM audit_log WHERE endpoint LIKE '%' || $1 || '%'", account.Email!));
    }

    private static string WrongCode(string right) => right == "000000" ? "111111" : "000000";
}
