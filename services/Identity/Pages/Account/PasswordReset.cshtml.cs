using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>
/// The reset link's page: a new password, then back to signing in, where the second factor is asked as
/// before. Identity's reset changes the security stamp, so the link works once.
/// </summary>
[AllowAnonymous]
public sealed class PasswordResetModel(UserManager<Accounts.Account> accounts, PasswordResets resets, AccountAudit audit, IStringLocalizer<SignInTexts> texts)
    : NewPasswordPageModel(texts)
{
    public async Task<IActionResult> OnGetAsync() => await AccountWithValidLinkAsync() is null ? ExpiredLink() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccountWithValidLinkAsync() is not { } account)
        {
            return ExpiredLink();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(account, Token, NewPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? ExpiredLink() : Refused(result);
        }

        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
        return RedirectToPage("SignIn", new { PasswordChanged = true });
    }

    private async Task<Accounts.Account?> AccountWithValidLinkAsync()
    {
        var account = await accounts.FindByIdAsync(AccountId.ToString());
        return account is not null && !string.IsNullOrEmpty(Token) && await resets.IsValidAsync(account, Token) ? account : null;
    }
}
