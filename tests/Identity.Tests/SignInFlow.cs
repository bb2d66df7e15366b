using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using OtpNet;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// What the console and a person's browser do, step by step over HTTP, so each security rule can be
/// tested at the step it guards: the authorization request with PKCE, the sign-in form, the second
/// factor (codes from Otp.NET, not from Identity's own check), the code at the redirect address, and
/// the token request.
/// </summary>
public sealed partial class SignInFlow(IdentityFixture identity)
{
    public const string ClientId = "herstelwerk-console";
    public static readonly string RedirectUri = new Uri(IdentityFixture.PublicAddress, "/signin-oidc").ToString();

    public HttpClient Browser { get; } = identity.NewBrowser();

    public string Verifier { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Challenge => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    /// <summary>The authenticator key the enrolment page showed, to compute later codes from.</summary>
    public string? AuthenticatorKey { get; set; }

    public string AuthorizeAddress(string? redirectUri = null, bool pkce = true) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = redirectUri ?? RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile offline_access herstelwerk",
            ["state"] = "state-1",
            ["nonce"] = "nonce-1",
            ["code_challenge"] = pkce ? Challenge : null,
            ["code_challenge_method"] = pkce ? "S256" : null,
        }.Where(pair => pair.Value is not null));

    /// <summary>Signs in from the authorization request to the code, enrolling the second factor when asked.</summary>
    public async Task<string> CodeAsync(string email, string password)
    {
        var page = await FollowAsync(AuthorizeAddress());
        Assert.Contains("/account/signin", page.Address);
        page = await PostFormAsync(page, new() { ["Email"] = email, ["Password"] = password });
        page = await SecondFactorAsync(page);
        return CodeFrom(page.Address);
    }

    /// <summary>On the enrolment page: reads the key and sets up; on the code page: types the current code.</summary>
    public async Task<Page> SecondFactorAsync(Page page)
    {
        if (page.Address.Contains("/account/two-factor", StringComparison.Ordinal))
        {
            return await FollowAsync(ContinueAddress(await EnrolAsync(page)));
        }

        if (page.Address.Contains("/account/signin/code", StringComparison.Ordinal))
        {
            return await PostFormAsync(page, new() { ["Code"] = CurrentCode() });
        }

        return page;
    }

    /// <summary>On the enrolment page: reads the key, types the first code, and returns the page with the recovery codes.</summary>
    public async Task<Page> EnrolAsync(Page page)
    {
        AuthenticatorKey = KeyShown().Match(page.Html).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        page = await PostFormAsync(page, new() { ["Code"] = CurrentCode() });
        Assert.Contains("Uw herstelcodes", page.Html);
        return page;
    }

    /// <summary>Where "Verder" on the finished enrolment page leads.</summary>
    public static string ContinueAddress(Page enrolled) => WebUtility.HtmlDecode(ContinueLink().Match(enrolled.Html).Groups[1].Value);

    public string CurrentCode() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey ?? throw new InvalidOperationException("No key yet."))).ComputeTotp();

    public async Task<HttpResponseMessage> RedeemAsync(string code, string? verifier = null, string? redirectUri = null) =>
        await Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri ?? RedirectUri,
            ["client_id"] = ClientId,
            ["client_secret"] = IdentityFixture.ConsoleSecret,
            ["code_verifier"] = verifier ?? Verifier,
        }));

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = ClientId,
            ["client_secret"] = IdentityFixture.ConsoleSecret,
        }));

    public static async Task<Tokens> TokensFromAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new Tokens(json.GetProperty("access_token").GetString()!, json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null);
    }

    public static string CodeFrom(string address)
    {
        Assert.StartsWith(RedirectUri, address);
        return QueryHelpers.ParseQuery(new Uri(address).Query)["code"].ToString();
    }

    /// <summary>GETs and follows redirects on this site; stops at the first address off it (the console's callback).</summary>
    public async Task<Page> FollowAsync(string address)
    {
        for (var hop = 0; hop < 10; hop++)
        {
            if (address.StartsWith(RedirectUri, StringComparison.Ordinal))
            {
                return new Page(address, string.Empty, HttpStatusCode.Redirect);
            }

            using var response = await Browser.GetAsync(address);
            if (response.Headers.Location is { } location)
            {
                address = location.IsAbsoluteUri ? location.ToString() : new Uri(IdentityFixture.PublicAddress, location).ToString();
                continue;
            }

            return new Page(new Uri(IdentityFixture.PublicAddress, address).ToString(), await response.Content.ReadAsStringAsync(), response.StatusCode);
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    /// <summary>Posts the page's form with its hidden fields (antiforgery token, return address) and the given ones.</summary>
    public async Task<Page> PostFormAsync(Page page, Dictionary<string, string> fields)
    {
        var form = HiddenField().Matches(page.Html).ToDictionary(match => match.Groups["name"].Value, match => WebUtility.HtmlDecode(match.Groups["value"].Value));
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        using var response = await Browser.PostAsync(new Uri(page.Address).PathAndQuery, new FormUrlEncodedContent(form));
        return response.Headers.Location is { } location
            ? await FollowAsync(location.IsAbsoluteUri ? location.ToString() : new Uri(IdentityFixture.PublicAddress, location).ToString())
            : new Page(page.Address, await response.Content.ReadAsStringAsync(), response.StatusCode);
    }

    public sealed record Page(string Address, string Html, HttpStatusCode Status);

    public sealed record Tokens(string AccessToken, string? RefreshToken, string? IdentityToken);


    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyShown();

    [GeneratedRegex("class=\"primary-button\" href=\"([^\"]+)\"")]
    private static partial Regex ContinueLink();
}
