using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>
/// Setting up two-factor sign-in, required before a first full sign-in: scan the QR code, type the
/// first code, keep the recovery codes. ASP.NET Core Identity keeps the key and checks the codes.
/// </summary>
[AllowAnonymous]
public sealed class EnrolModel(UserManager<Accounts.Account> accounts, SignInManager<Accounts.Account> signIns, AccountAudit audit,
    IStringLocalizer<SignInTexts> texts) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [StringLength(10, ErrorMessage = "CodeInvalid")]
    public string Code { get; set; } = string.Empty;

    public string QrSvg { get; private set; } = string.Empty;

    public string Key { get; private set; } = string.Empty;

    public string? Problem { get; private set; }

    /// <summary>Shown once, after a successful set-up.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await EnrollingAccountAsync();
        if (account is null)
        {
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        await ShowKeyAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnTo.LocalOrHome(ReturnUrl, Url);
        var account = await EnrollingAccountAsync();
        if (account is null)
        {
            return RedirectToPage("SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(account);
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await accounts.VerifyTwoFactorTokenAsync(account, accounts.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            // A wrong first code counts towards the lock-out, as a wrong password does.
            await accounts.AccessFailedAsync(account);
            var locked = await accounts.IsLockedOutAsync(account);
            await audit.RecordAsync(locked ? AuditAction.LockOut : AuditAction.SignInFailure, account, cancellationToken);
            if (locked)
            {
                await Enrolment.EndAsync(HttpContext);
                return RedirectToPage("SignIn", new { ReturnUrl });
            }

            Code = string.Empty;
            Problem = texts["WrongCode"];
            await ShowKeyAsync(account);
            return Page();
        }

        await accounts.ResetAccessFailedCountAsync(account);
        await accounts.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = [.. await accounts.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount) ?? []];
        await audit.RecordAsync(AuditAction.SecondFactorChange, account, cancellationToken);

        await Enrolment.EndAsync(HttpContext);
        await signIns.SignInWithClaimsAsync(account, isPersistent: false, [new Claim("amr", SecondFactor.MultiFactorMethod)]);
        await audit.RecordAsync(AuditAction.SignIn, account, cancellationToken);
        return Page();
    }

    private async Task<Accounts.Account?> EnrollingAccountAsync()
    {
        var id = await Enrolment.AccountIdAsync(HttpContext);
        var account = id is null ? null : await accounts.FindByIdAsync(id);
        return account is { IsDisabled: false, TwoFactorEnabled: false } ? account : null;
    }

    private async Task ShowKeyAsync(Accounts.Account account)
    {
        var key = await accounts.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await accounts.ResetAuthenticatorKeyAsync(account);
            key = await accounts.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No authenticator key was made.");
        }

        Key = AuthenticatorQrCode.Grouped(key);
        QrSvg = AuthenticatorQrCode.Svg(AuthenticatorQrCode.Uri(account.Email ?? account.UserName ?? account.Id.ToString(), key));
    }
}
