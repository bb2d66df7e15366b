namespace HerstelWerk.SharedDomain.Progress;

/// <summary>A service's figures for one year, counted at one moment.</summary>
public sealed record ProgressSnapshot(int Year, IReadOnlyList<GaugeFigure> Figures);
