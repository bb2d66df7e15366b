namespace HerstelWerk.Courses.Model;

/// <summary>Why an enrolment ended without completion.</summary>
public enum EndReason
{
    Transferred = 1,
    Released = 2,
    DroppedOut = 3,
    ExcludedByFacility = 4,

    /// <summary>Took part to the end but attended fewer sessions than the completion rule asks.</summary>
    NotCompleted = 5,

    /// <summary>The participant withdrew consent.</summary>
    ConsentWithdrawn = 6,
}
