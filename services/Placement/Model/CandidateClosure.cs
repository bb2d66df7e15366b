namespace HerstelWerk.Placement.Model;

/// <summary>Why Placement stopped working with a candidate.</summary>
public enum CandidateClosure
{
    /// <summary>The participant withdrew consent: processing stops.</summary>
    ConsentWithdrawn = 1,

    /// <summary>An admin erased the participant: only the id remains.</summary>
    Erased = 2,
}
