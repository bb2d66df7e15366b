namespace HerstelWerk.Aftercare.Progress;

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures);
