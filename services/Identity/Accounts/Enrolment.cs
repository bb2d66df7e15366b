using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// The step between a correct password and a first two-factor sign-in: a short-lived cookie of its own
/// that names the account and allows nothing but setting up the authenticator. Only when a first code
/// is correct does the person get the real sign-in cookie.
/// </summary>
public static class Enrolment
{
    public const string Scheme = "HerstelWerk.Enrolment";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static Task BeginAsync(HttpContext context, Account account) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account.Id.ToString())], Scheme)));

    public static async Task<string?> AccountIdAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Scheme);
        return result.Succeeded ? result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    public static Task EndAsync(HttpContext context) => context.SignOutAsync(Scheme);
}
