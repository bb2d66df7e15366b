namespace HerstelWerk.Volunteers.Matching;

/// <summary>
/// Who a volunteer is sought for. Region and language come from the coordinator, who sees them in
/// Courses; Volunteers does not store participants' languages or home regions.
/// </summary>
public sealed record MatchRequest(string Role, string? FacilityId, string? Region, string? Language, DateOnly On);
