namespace HerstelWerk.Identity.Accounts;

/// <summary>Where an account stands, as an admin sees it in the list.</summary>
public enum AccountStatus
{
    /// <summary>Made, with an invitation sent; no password chosen yet.</summary>
    Invited,

    /// <summary>Has a password and may sign in.</summary>
    Active,

    /// <summary>Locked for a while after too many wrong passwords or codes.</summary>
    LockedOut,

    /// <summary>May no longer sign in.</summary>
    Disabled,
}
