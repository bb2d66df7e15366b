namespace HerstelWerk.Aftercare.Model;

/// <summary>The five basic conditions for re-integration, tracked for every trajectory.</summary>
public enum BasicCondition
{
    IdDocument,
    Housing,
    WorkAndIncome,
    Debts,
    Care,
}
