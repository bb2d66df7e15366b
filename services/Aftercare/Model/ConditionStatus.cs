namespace HerstelWerk.Aftercare.Model;

/// <summary>Where a basic condition stands; <see cref="Unknown"/> until someone records it.</summary>
public enum ConditionStatus
{
    Unknown,
    NotArranged,
    InProgress,
    Arranged,
}
