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

/// <summary>
/// E-mail address and password. A person who has set up two-factor sign-in goes on to the code; one
/// who must but has not yet goes to the set-up first. Wrong address and wrong password read the same,
/// so the page does not tell who has an account.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<Accounts.Account> signIns, UserManager<Accounts.Account> accounts, AccountAudit audit,
    IStringLocalizer<SignInTexts> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [EmailAddress(ErrorMessage = "EmailInvalid")]
    [Display(Name = "Email")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? Problem { get; private set; }

    /// <summary>Back from the password reset page: the new password is saved.</summary>
    [BindProperty(SupportsGet = true)]
    public bool PasswordChanged { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnTo.LocalOrHome(ReturnUrl, Url);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.FindByEmailAsync(Email);
        if (account is null || account.IsDisabled)
        {
            await audit.RecordAsync(AuditAction.SignInFailure, account, cancellationToken);
            return Refused(texts["WrongEmailOrPassword"]);
        }

        var enrolled = account.TwoFactorEnabled || !SecondFactor.IsRequiredFor(account.Role);
        var result = enrolled
            ? await signIns.PasswordSignInAsync(account, Password, isPersistent: false, lockoutOnFailure: true)
            : await signIns.CheckPasswordSignInAsync(account, Password, lockoutOnFailure: true);

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockOut, account, cancellationToken);
            return Refused(texts["LockedOut", (int)signIns.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("Code", new { ReturnUrl });
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignInFailure, account, cancellationToken);
            return Refused(texts["WrongEmailOrPassword"]);
        }

        if (!enrolled)
        {
            await Enrolment.BeginAsync(HttpContext, account);
            return RedirectToPage("Enrol", new { ReturnUrl });
        }

        await audit.RecordAsync(AuditAction.SignIn, account, cancellationToken);
        return LocalRedirect(ReturnUrl);
    }

    private PageResult Refused(string problem)
    {
        // The address stays in the field; the password never comes back to the browser.
        Password = string.Empty;
        Problem = problem;
        return Page();
    }
}
