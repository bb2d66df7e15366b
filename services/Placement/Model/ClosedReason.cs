namespace HerstelWerk.Placement.Model;

/// <summary>Why a pipeline ended before or without a job that lasts.</summary>
public enum ClosedReason
{
    NotSelected = 1,
    CandidateDeclined = 2,
    EmployerDeclined = 3,
    VacancyClosed = 4,
    Other = 5,

    /// <summary>Set by the system when the participant withdrew consent.</summary>
    ConsentWithdrawn = 6,

    /// <summary>Set by the system when the participant was erased.</summary>
    Erased = 7,
}
