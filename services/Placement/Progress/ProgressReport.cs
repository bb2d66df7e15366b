namespace HerstelWerk.Placement.Progress;

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures);
