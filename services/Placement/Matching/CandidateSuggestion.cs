namespace HerstelWerk.Placement.Matching;

/// <summary>A candidate suggested for a vacancy, by pseudonymous id, with the reasons for their place in the ranking.</summary>
public sealed record CandidateSuggestion(Guid CandidateId, Guid ParticipantId, string? FacilityId, DateOnly? AvailableOn, IReadOnlyList<string> Reasons);
