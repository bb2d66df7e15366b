using System.Security.Claims;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HerstelWerk.Web.SignIn;

/// <summary>
/// Who the signed-in user is, as the access token says: its subject, roles and volunteer id. The token
/// came straight from the gateway or the provider's token endpoint over a channel the console opened;
/// the gateway and the services check its signature on every call.
/// </summary>
internal static class AccessTokenClaims
{
    /// <summary>The person's name, as the provider's identity token says it; the top bar greets them with it.</summary>
    public const string DisplayName = "name";

    private static readonly string[] Kept = [HerstelWerkClaims.Subject, HerstelWerkClaims.Role, HerstelWerkClaims.VolunteerId];

    /// <summary>The token's claims, with the name the provider's identity token gave and the console session's id.</summary>
    public static ClaimsPrincipal PrincipalFrom(string? accessToken, string authenticationType, string? name = null, string? sessionId = null)
    {
        if (string.IsNullOrEmpty(accessToken))
        {
            throw new InvalidOperationException("The sign-in returned no access token.");
        }

        var token = new JsonWebTokenHandler().ReadJsonWebToken(accessToken);
        var claims = token.Claims.Where(claim => Kept.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value)).ToList();
        if (!string.IsNullOrWhiteSpace(name))
        {
            claims.Add(new Claim(DisplayName, name));
        }

        if (sessionId is not null)
        {
            claims.Add(new Claim(SessionTokens.SessionClaim, sessionId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, HerstelWerkClaims.Subject, HerstelWerkClaims.Role));
    }

    public static DateTimeOffset ExpiresAt(string accessToken) => new JsonWebTokenHandler().ReadJsonWebToken(accessToken).ValidTo;
}
