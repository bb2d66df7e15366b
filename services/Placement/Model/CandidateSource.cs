namespace HerstelWerk.Placement.Model;

/// <summary>How a participant became a candidate.</summary>
public enum CandidateSource
{
    /// <summary>Courses reported a completed CAO course.</summary>
    CaoCompleted = 1,

    /// <summary>An adviser or coordinator referred the participant by hand.</summary>
    Referred = 2,
}
