using System.ComponentModel.DataAnnotations;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>The second step: the six-digit code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class CodeModel(SignInManager<Accounts.Account> signIns, AccountAudit audit, IStringLocalizer<SignInTexts> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(20, ErrorMessage = "CodeInvalid")]
    public string Code { get; set; } = string.Empty;

    /// <summary>True when the person types a recovery code instead of an app code.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Recovery { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIns.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnTo.LocalOrHome(ReturnUrl, Url);
        var account = await signIns.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            // The step took longer than the cookie lives: start again.
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = Recovery
            ? await signIns.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIns.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);

        if (result.Succeeded)
        {
            if (Recovery)
            {
                await audit.RecordAsync(AuditAction.SecondFactorChange, account, cancellationToken);
            }

            await audit.RecordAsync(AuditAction.SignIn, account, cancellationToken);
            return LocalRedirect(ReturnUrl);
        }

        Code = string.Empty;
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockOut, account, cancellationToken);
            Problem = texts["LockedOut", (int)signIns.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes];
            return Page();
        }

        await audit.RecordAsync(AuditAction.SignInFailure, account, cancellationToken);
        Problem = texts["WrongCode"];
        return Page();
    }
}
