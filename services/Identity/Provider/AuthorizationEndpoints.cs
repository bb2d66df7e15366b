using System.Security.Claims;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Pages.Account;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// The three endpoints where OpenIddict hands the decision to us (passthrough): who is signing in at
/// <c>/connect/authorize</c>, whether a code, refresh token or client may have tokens at
/// <c>/connect/token</c>, and signing out at <c>/connect/endsession</c>. OpenIddict has already checked
/// the protocol (client, redirect URI, PKCE, one-time codes) before any of this runs.
/// </summary>
internal static class AuthorizationEndpoints
{
    public static void MapAuthorizationEndpoints(this WebApplication app)
    {
        app.MapMethods(ProviderRegistration.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnyone().ExcludeFromDescription();
        app.MapPost(ProviderRegistration.TokenPath, TokenAsync).AllowAnyone().ExcludeFromDescription().DisableAntiforgery();
        app.MapMethods(ProviderRegistration.EndSessionPath, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync).AllowAnyone().ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<Account> accounts, ProviderSettings settings)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = signedIn.Succeeded ? await accounts.GetUserAsync(signedIn.Principal) : null;
        var complete = account is { IsDisabled: false }
            && (!SecondFactor.IsRequiredFor(account.Role) || signedIn.Principal!.HasClaim("amr", SecondFactor.MultiFactorMethod));

        if (!complete || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back here after signing in, with the same request; prompt=login is asked only once.
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            parameters.RemoveAll(parameter => parameter.Key == Parameters.Prompt);
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var principal = TokenClaims.ForAccount(account!, request.GetScopes(), settings.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<Account> accounts, ProviderSettings settings, MachineClients machines)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var role = await machines.RoleOfAsync(request.ClientId!, context.RequestAborted);
            return role is null
                ? Forbid(Errors.UnauthorizedClient, "This client may not sign in on its own behalf.")
                : Results.SignIn(TokenClaims.ForClient(request.ClientId!, role, request.GetScopes(), settings.Audience),
                    authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token has been validated (and a reused refresh token has revoked its
            // family); what remains is whether the person may still have tokens, as of now.
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var account = await accounts.FindByIdAsync(granted.Principal?.GetClaim(Claims.Subject) ?? string.Empty);
            if (account is null || account.IsDisabled || await accounts.IsLockedOutAsync(account))
            {
                return Forbid(Errors.InvalidGrant, "The account can no longer sign in.");
            }

            return Results.SignIn(TokenClaims.ForAccount(account, granted.Principal!.GetScopes(), settings.Audience),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context, SignInManager<Account> signIns)
    {
        await signIns.SignOutAsync();
        // OpenIddict sends the browser to the client's registered post-logout address, or to its own page.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = AccountPaths.SignedOut },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
