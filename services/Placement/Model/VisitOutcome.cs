namespace HerstelWerk.Placement.Model;

/// <summary>What came of a candidate's meeting with the employer at a visit.</summary>
public enum VisitOutcome
{
    /// <summary>The visit has not been held, or nothing is recorded yet.</summary>
    Pending = 1,

    /// <summary>They got acquainted; no interview.</summary>
    Acquainted = 2,

    /// <summary>A job interview was held.</summary>
    Interviewed = 3,

    /// <summary>The candidate could not or did not come.</summary>
    DidNotAttend = 4,
}
