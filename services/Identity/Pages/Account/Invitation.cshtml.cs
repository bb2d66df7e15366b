using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;
using HerstelWerk.Identity.Provider;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>
/// The invitation link's page: a first password, then on to setting up two-step verification, after
/// which "Verder" takes the person into the console. Setting the password changes the account's
/// security stamp, so the link works once.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(UserManager<Accounts.Account> accounts, Invitations invitations, AccountAudit audit, ProviderSettings settings,
    IStringLocalizer<SignInTexts> texts) : NewPasswordPageModel(texts)
{
    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await InvitedAccountAsync() is null ? ExpiredLink() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await InvitedAccountAsync() is not { } account)
        {
            return ExpiredLink();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.AddPasswordAsync(account, NewPassword);
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        // The mail reached them: the address is theirs.
        account.EmailConfirmed = true;
        await accounts.UpdateAsync(account);
        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
        await Enrolment.BeginAsync(HttpContext, account);
        return RedirectToPage("Enrol", new { ReturnUrl = settings.Console.SignInPath });
    }

    private async Task<Accounts.Account?> InvitedAccountAsync()
    {
        var account = await accounts.FindByIdAsync(AccountId.ToString());
        if (account is null || string.IsNullOrEmpty(Token) || !await invitations.IsValidAsync(account, Token))
        {
            return null;
        }

        Email = account.Email ?? string.Empty;
        return account;
    }
}
