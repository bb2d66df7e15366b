namespace HerstelWerk.Placement.Model;

/// <summary>Why a job ended: the four words <c>EmploymentEndedV1.Reason</c> carries, never free text.</summary>
public enum EmploymentEndReason
{
    ContractEnded = 1,
    Resigned = 2,
    Dismissed = 3,
    Other = 4,
}
