using Microsoft.AspNetCore.Identity;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// One person who signs in: a member of staff (invited by an admin) or a volunteer (made from
/// Volunteers' events). Identity keeps only what signing in needs: the e-mail address the invitation
/// and resets go to, a name the console greets staff with, one role, and for a volunteer the id that
/// links the account to Volunteers. Nothing about participants is ever stored here.
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    /// <summary>What the console shows as the signed-in person's name; volunteers' names stay in Volunteers.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>One of <see cref="HerstelWerk.ServiceDefaults.Security.Roles"/>, the token's <c>role</c> claim.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>For the volunteer role: the volunteer's id in Volunteers, the token's <c>volunteer_id</c> claim.</summary>
    public Guid? VolunteerId { get; set; }

    /// <summary>Set when the account may no longer sign in (a volunteer who stopped, a member of staff who left).</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set while an invitation mail is due; the mailer sends it a little later, if the account is still
    /// enabled then (a volunteer imported as Left is activated and deactivated in one commit).
    /// </summary>
    public DateTimeOffset? InvitationDueAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>Disabled before all else; then whether a password was ever chosen; then a lock-out still running.</summary>
    public AccountStatus StatusAt(DateTimeOffset now) =>
        IsDisabled ? AccountStatus.Disabled
        : PasswordHash is null ? AccountStatus.Invited
        : LockoutEnd > now ? AccountStatus.LockedOut
        : AccountStatus.Active;
}
