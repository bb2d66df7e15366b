using System.Security.Claims;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// What the tokens say about a caller: the claims the services read today (<c>sub</c>, <c>role</c>,
/// <c>volunteer_id</c>, audience <c>herstelwerk</c>), and for the console's identity token the name it
/// greets the user with. Built from the account as it is now, at every sign-in and every refresh, so a
/// changed role or a disabled account is never carried forward from an old token.
/// </summary>
internal static class TokenClaims
{
    public static ClaimsPrincipal ForAccount(Account account, IEnumerable<string> scopes, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaim(HerstelWerkClaims.Role, account.Role);
        if (account.VolunteerId is { } volunteerId)
        {
            identity.SetClaim(HerstelWerkClaims.VolunteerId, volunteerId.ToString());
        }

        return Finish(identity, scopes, audience);
    }

    /// <summary>A machine client (client credentials): its client id is its subject; partners get role <c>partner</c>.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string role, IEnumerable<string> scopes, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(HerstelWerkClaims.Role, role);
        return Finish(identity, scopes, audience);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "HerstelWerk", nameType: Claims.Name, roleType: HerstelWerkClaims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes, string audience)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);
        if (granted.Contains(audience))
        {
            identity.SetAudiences(audience);
        }

        identity.SetDestinations(Destination);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The role and volunteer id go where the services look (the access token); the name only into the
    /// identity token the console reads, so personal data does not travel with every API call.
    /// </summary>
    private static IEnumerable<string> Destination(Claim claim) => claim.Type switch
    {
        Claims.Name => [Destinations.IdentityToken],
        HerstelWerkClaims.Role or HerstelWerkClaims.VolunteerId => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
