using System.ComponentModel.DataAnnotations;
using HerstelWerk.Identity.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Identity.Pages.Account;

/// <summary>
/// A page reached by a one-time link from a mail (<c>?account=&amp;token=</c>) where a person chooses a
/// password, typed twice: the invitation and the password reset. The passwords never come back to the
/// browser; Identity's refusals are shown beside the field in the person's language.
/// </summary>
public abstract class NewPasswordPageModel(IStringLocalizer<SignInTexts> texts) : PageModel
{
    [BindProperty(Name = "account", SupportsGet = true)]
    public Guid AccountId { get; set; }

    [BindProperty(Name = "token", SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>The link has expired, was used already, or was never right: the page says so instead of showing the form.</summary>
    public bool LinkInvalid { get; protected set; }

    protected IStringLocalizer<SignInTexts> Texts { get; } = texts;

    protected PageResult Refused(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(NewPassword), PasswordErrors.Describe(error, Texts));
        }

        return Page();
    }

    protected PageResult ExpiredLink()
    {
        LinkInvalid = true;
        return Page();
    }
}
