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
}
