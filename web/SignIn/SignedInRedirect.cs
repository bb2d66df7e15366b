namespace HerstelWerk.Web.SignIn;

/// <summary>Where to go after signing in: always a page of this console, never another site.</summary>
internal static class SignedInRedirect
{
    public static string To(string? returnUrl) =>
        $"{ConsoleSession.SignedInPath}?terug={Uri.EscapeDataString(LocalOrHome(returnUrl))}";

    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
}
