namespace HerstelWerk.Identity.Pages.Account;

/// <summary>The sign-in pages' addresses, all under <c>/account</c>, which the gateway routes here.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/signin";
    public const string Code = "/account/signin/code";
    public const string Enrol = "/account/two-factor";
    public const string SignedOut = "/account/signed-out";
    public const string Language = "/account/language";
    public const string Invitation = "/account/invitation";
    public const string PasswordForgotten = "/account/password/forgotten";
    public const string PasswordReset = "/account/password/reset";
}
