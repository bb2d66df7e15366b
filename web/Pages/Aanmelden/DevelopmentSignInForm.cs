using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Web.Pages.Aanmelden;

/// <summary>What the development sign-in page asks: a role, and whom to be in it.</summary>
public sealed class DevelopmentSignInForm
{
    [Required]
    public string Role { get; set; } = "coordinator";

    [StringLength(100)]
    public string? Subject { get; set; }

    /// <summary>For the volunteer role: the volunteer's id in Volunteers.</summary>
    public string? VolunteerId { get; set; }
}
