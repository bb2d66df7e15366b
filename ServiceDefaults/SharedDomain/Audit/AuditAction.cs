namespace HerstelWerk.SharedDomain.Audit;

/// <summary>What was done with a participant's personal data, or (<see cref="RunJob"/>) on an admin's word for many.</summary>
public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Erase = 4,

    /// <summary>An admin ran a scheduled job by hand; it names no participant.</summary>
    RunJob = 5,

    /// <summary>An admin imported records from a file (volunteers from a spreadsheet); it names no participant.</summary>
    Import = 6,

    /// <summary>Identity: a person signed in (after the second factor, where it is required).</summary>
    SignIn = 7,

    /// <summary>Identity: a wrong password or code. Recorded by account id when the account exists, never with what was typed.</summary>
    SignInFailure = 8,

    /// <summary>Identity: too many failures; the account is locked for a while.</summary>
    LockOut = 9,

    /// <summary>Identity: two-factor sign-in was set up or reset, or a recovery code was used.</summary>
    SecondFactorChange = 10,

    /// <summary>Identity: tokens were revoked (an account disabled, a reused refresh token, a client removed).</summary>
    TokenRevocation = 11,

    /// <summary>Identity: an account or client was invited, made, enabled or disabled.</summary>
    AccountChange = 12,
}
