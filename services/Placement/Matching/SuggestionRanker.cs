namespace HerstelWerk.Placement.Matching;

/// <summary>
/// Ranks vacancies for a candidate, and candidates for a vacancy, the same way: first the sector
/// fit, then the region after release, then a start on or after the day the candidate is free
/// (the closer the better). Unknown facts rank below known fits. Each suggestion says why.
/// </summary>
public static class SuggestionRanker
{
    public static IReadOnlyList<VacancySuggestion> RankVacancies(MatchCandidate candidate, IEnumerable<MatchVacancy> vacancies) =>
        [.. Order(vacancies.Select(v => (Item: v, Assessment: MatchAssessment.Of(candidate, v))), v => v.VacancyId)
            .Select(m => new VacancySuggestion(m.Item.VacancyId, m.Item.EmployerId, m.Item.Organisation, m.Item.Title, m.Item.Sector, m.Item.Region,
                m.Item.StartsOn, m.Assessment.Reasons))];

    public static IReadOnlyList<CandidateSuggestion> RankCandidates(MatchVacancy vacancy, IEnumerable<MatchCandidate> candidates) =>
        [.. Order(candidates.Select(c => (Item: c, Assessment: MatchAssessment.Of(c, vacancy))), c => c.CandidateId)
            .Select(m => new CandidateSuggestion(m.Item.CandidateId, m.Item.ParticipantId, m.Item.FacilityId, m.Item.AvailableOn, m.Assessment.Reasons))];

    private static IEnumerable<(T Item, MatchAssessment Assessment)> Order<T>(IEnumerable<(T Item, MatchAssessment Assessment)> matches, Func<T, Guid> id) =>
        matches
            .OrderByDescending(m => m.Assessment.SectorFits)
            .ThenByDescending(m => m.Assessment.RegionFits == true)
            .ThenByDescending(m => m.Assessment.StartFits == true)
            .ThenBy(m => m.Assessment.DaysFromAvailableToStart ?? int.MaxValue)
            .ThenBy(m => id(m.Item));
}
