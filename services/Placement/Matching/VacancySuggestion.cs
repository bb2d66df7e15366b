namespace HerstelWerk.Placement.Matching;

/// <summary>A vacancy suggested for a candidate, with the reasons for its place in the ranking.</summary>
public sealed record VacancySuggestion(
    Guid VacancyId, Guid EmployerId, string Organisation, string Title, string Sector, string Region, DateOnly? StartsOn, IReadOnlyList<string> Reasons);
