namespace HerstelWerk.SharedDomain.Audit;

/// <summary>What was done with a participant's personal data.</summary>
public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Erase = 4,
}
