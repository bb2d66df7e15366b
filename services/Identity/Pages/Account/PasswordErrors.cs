using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>ASP.NET Core Identity's password refusals in the person's language, by their codes (its own descriptions are English only).</summary>
internal static class PasswordErrors
{
    public static string Describe(IdentityError error, IStringLocalizer<SignInTexts> texts) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => texts["PasswordTooShort", AccountRegistration.MinimumPasswordLength],
        CommonPasswordValidator.ErrorCode => texts["PasswordCommon"],
        _ => texts["PasswordRefused"],
    };
}
