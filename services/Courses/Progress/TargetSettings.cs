namespace HerstelWerk.Courses.Progress;

/// <summary>
/// The charity's targets for a year, from configuration (<c>Targets:2026:SosGroupRunsHeld</c> and so on),
/// so next year's numbers need no release.
/// </summary>
public sealed class YearTargets
{
    public int SosGroupRunsHeld { get; set; }

    public int SosIndividualCompleted { get; set; }

    public int BackToTheFutureParticipants { get; set; }

    public int CaoParticipants { get; set; }
}
