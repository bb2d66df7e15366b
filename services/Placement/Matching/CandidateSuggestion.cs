using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Matching;

/// <summary>A candidate suggested for a vacancy, by pseudonymous id, with the reasons for their place in the ranking.</summary>
public sealed record CandidateSuggestion(Guid CandidateId, Guid ParticipantId, string? FacilityId, DateOnly? AvailableOn, IReadOnlyList<string> Reasons)
    : IOpenApiExample<CandidateSuggestion>
{
    /// <summary>Ranked by the real ranker, so the reasons read exactly as the endpoint words them.</summary>
    public static CandidateSuggestion Example => SuggestionRanker.RankCandidates(MatchVacancy.Example, [MatchCandidate.Example])[0];
}
