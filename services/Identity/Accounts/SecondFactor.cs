using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Who must sign in with a second factor (a TOTP code): every role that can see participant data,
/// which is every person's role. Coordinators and admins see all of it, advisers what Placement needs,
/// volunteers their own participants' contact log. Only machine clients (partners) are exempt: they
/// have no account and use client credentials.
/// </summary>
public static class SecondFactor
{
    /// <summary>The <c>amr</c> value ASP.NET Core Identity records for a two-factor sign-in.</summary>
    public const string MultiFactorMethod = "mfa";

    public static bool IsRequiredFor(string role) => role is Roles.Coordinator or Roles.Adviser or Roles.Admin or Roles.Volunteer;
}
