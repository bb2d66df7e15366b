namespace HerstelWerk.Aftercare.Model;

/// <summary>How a trajectory ended. Only <see cref="Completed"/> leaves Aftercare as such; the rest travel as "EndedEarly".</summary>
public enum TrajectoryOutcome
{
    Completed,
    LostContact,
    /// <summary>Criminal-offence data (GDPR article 10): never in an event, only here.</summary>
    Reoffended,
    MovedAway,
    Declined,
}
