using HerstelWerk.Placement.Apis;

namespace HerstelWerk.Placement.Matching;

/// <summary>What matching knows of a candidate: the work profile's preferences and Courses' release date.</summary>
/// <param name="ReleaseOn">The actual release when Courses recorded it, else the expected one; null when erased or unknown.</param>
public sealed record MatchCandidate(
    Guid CandidateId,
    Guid ParticipantId,
    string? FacilityId,
    IReadOnlyList<string> PreferredSectors,
    string? RegionAfterRelease,
    DateOnly? ReleaseOn,
    DateOnly? AvailableFrom)
{
    /// <summary>The candidate of Placement's OpenAPI examples, from which the suggestion examples are ranked.</summary>
    internal static MatchCandidate Example => new(
        PlacementExamples.CandidateId, PlacementExamples.ParticipantId, "pi-vught", WorkProfileRequest.Example.PreferredSectors!,
        WorkProfileRequest.Example.RegionAfterRelease, new DateOnly(2027, 3, 1), WorkProfileRequest.Example.AvailableFrom);

    /// <summary>The first day the candidate can start: after release and after any restriction of their own.</summary>
    public DateOnly? AvailableOn => (ReleaseOn, AvailableFrom) switch
    {
        ({ } release, { } from) => release > from ? release : from,
        (null, { }) => null,
        var (release, _) => release,
    };
}
