using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Progress;

/// <param name="Figure">A stable key: sosGroupRunsHeld, sosIndividualCompleted, backToTheFutureParticipants, caoParticipants.</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
/// <param name="Target">The year's target from configuration; 0 when none is set.</param>
/// <param name="ByFacility">The same figure per facility id; facilities without any are left out.</param>
public sealed record ProgressFigure(string Figure, string CountingRule, int Target, int Total, IReadOnlyDictionary<string, int> ByFacility)
    : IOpenApiExample<ProgressFigure>
{
    public static ProgressFigure Example => new("sosGroupRunsHeld", ProgressCalculator.SosGroupRule, 17, 9,
        new Dictionary<string, int> { ["pi-vught"] = 4, ["pi-zwolle"] = 3, ["fpc-veldzicht"] = 2 });
}

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures) : IOpenApiExample<ProgressReport>
{
    /// <summary>Every figure the calculator reports, with its real counting rule, so the example shows all four keys.</summary>
    public static ProgressReport Example => new(2026,
    [
        ProgressFigure.Example,
        new("sosIndividualCompleted", ProgressCalculator.SosIndividualRule, 70, 38,
            new Dictionary<string, int> { ["pi-vught"] = 21, ["pi-zwolle"] = 17 }),
        new("backToTheFutureParticipants", ProgressCalculator.BackToTheFutureRule, 48, 29,
            new Dictionary<string, int> { ["pi-vught"] = 16, ["fpc-veldzicht"] = 13 }),
        new("caoParticipants", ProgressCalculator.CaoRule, 44, 31,
            new Dictionary<string, int> { ["pi-vught"] = 19, ["pi-zwolle"] = 12 }),
    ]);
}
