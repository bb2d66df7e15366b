namespace HerstelWerk.Placement.Model;

/// <summary>
/// Which stage may follow which, as a table so the rule is read in one place and tested as data.
/// Retained is the six-month confirmation; a job can still end after it.
/// </summary>
public static class PlacementPipeline
{
    private static readonly Dictionary<PlacementStage, PlacementStage[]> Next = new()
    {
        [PlacementStage.Matched] = [PlacementStage.Interview, PlacementStage.Closed],
        [PlacementStage.Interview] = [PlacementStage.Offer, PlacementStage.Closed],
        [PlacementStage.Offer] = [PlacementStage.JobStarted, PlacementStage.Closed],
        [PlacementStage.JobStarted] = [PlacementStage.Coaching, PlacementStage.Retained, PlacementStage.EmploymentEnded],
        [PlacementStage.Coaching] = [PlacementStage.Retained, PlacementStage.EmploymentEnded],
        [PlacementStage.Retained] = [PlacementStage.EmploymentEnded],
        [PlacementStage.EmploymentEnded] = [],
        [PlacementStage.Closed] = [],
    };

    /// <summary>Stages in which the candidate is in work.</summary>
    public static readonly IReadOnlyList<PlacementStage> InWork = [PlacementStage.JobStarted, PlacementStage.Coaching];

    /// <summary>Stages after which nothing more happens in the pipeline; the rest are open.</summary>
    public static readonly IReadOnlyList<PlacementStage> Finished = [PlacementStage.EmploymentEnded, PlacementStage.Closed];

    public static IReadOnlyList<PlacementStage> NextFrom(PlacementStage stage) => Next[stage];

    public static bool Allows(PlacementStage from, PlacementStage to) => Next[from].Contains(to);
}
