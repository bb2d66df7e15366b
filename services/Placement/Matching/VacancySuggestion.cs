using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Matching;

/// <summary>A vacancy suggested for a candidate, with the reasons for its place in the ranking.</summary>
public sealed record VacancySuggestion(
    Guid VacancyId, Guid EmployerId, string Organisation, string Title, string Sector, string Region, DateOnly? StartsOn, IReadOnlyList<string> Reasons)
    : IOpenApiExample<VacancySuggestion>
{
    /// <summary>Ranked by the real ranker, so the reasons read exactly as the endpoint words them.</summary>
    public static VacancySuggestion Example => SuggestionRanker.RankVacancies(MatchCandidate.Example, [MatchVacancy.Example])[0];
}
