using System.ComponentModel.DataAnnotations;
using HerstelWerk.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>Asking for a reset link by e-mail address. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class PasswordForgottenModel(PasswordResets resets) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [EmailAddress(ErrorMessage = "EmailInvalid")]
    [StringLength(254, ErrorMessage = "EmailInvalid")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await resets.RequestAsync(Email.Trim(), cancellationToken);
        Sent = true;
        return Page();
    }
}
