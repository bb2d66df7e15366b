namespace HerstelWerk.Placement.Model;

public enum VacancyStatus
{
    /// <summary>Candidates can be matched to it.</summary>
    Open = 1,

    /// <summary>The employer found someone (perhaps our candidate).</summary>
    Filled = 2,

    /// <summary>Withdrawn by the employer.</summary>
    Closed = 3,
}
