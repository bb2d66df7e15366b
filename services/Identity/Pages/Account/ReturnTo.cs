using Microsoft.AspNetCore.Mvc;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>Where to go after signing in: only an address on this site (the authorize request, the console), never another.</summary>
internal static class ReturnTo
{
    public static string LocalOrHome(string? returnUrl, IUrlHelper url) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
