namespace HerstelWerk.Courses.Progress;

/// <param name="Figure">A stable key: sosGroupRunsHeld, sosIndividualCompleted, backToTheFutureParticipants, caoParticipants.</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
/// <param name="Target">The year's target from configuration; 0 when none is set.</param>
/// <param name="ByFacility">The same figure per facility id; facilities without any are left out.</param>
public sealed record ProgressFigure(string Figure, string CountingRule, int Target, int Total, IReadOnlyDictionary<string, int> ByFacility);

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures);
