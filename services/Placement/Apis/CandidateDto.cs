using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Placement.Apis;

/// <summary>
/// A candidate as advisers see them: the work profile, the adviser, and from Courses' projection where
/// they are held and when they are released. By pseudonymous id only; names stay in Courses.
/// </summary>
public sealed record CandidateDto(
    Guid Id,
    Guid ParticipantId,
    CandidateSource Source,
    DateOnly RegisteredOn,
    DateOnly? CaoCompletedOn,
    string? AdviserId,
    WorkProfile Profile,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    DateOnly? ReleasedOn,
    bool IsOpen,
    DateOnly? ClosedOn,
    CandidateClosure? ClosedBecause,
    IReadOnlyList<PlacementSummaryDto> Placements,
    int Revision) : IOpenApiExample<CandidateDto>
{
    /// <summary>A candidate from a CAO course at PI Vught, profile filled in, interviewed for one vacancy.</summary>
    public static CandidateDto Example => new(
        PlacementExamples.CandidateId, PlacementExamples.ParticipantId, CandidateSource.CaoCompleted, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20),
        "adviser-07", WorkProfileRequest.Example.ToProfile(), "pi-vught", new DateOnly(2027, 3, 1), null, true, null, null,
        [PlacementSummaryDto.Example], 4);

    public static CandidateDto From(Candidate c, ParticipantProjection? participant, IEnumerable<JobPlacement> placements) => new(
        c.Id, c.ParticipantId, c.Source, c.RegisteredOn, c.CaoCompletedOn, c.AdviserId, c.Profile,
        participant?.FacilityId, participant?.ExpectedReleaseDate, participant?.ReleasedOn, c.IsOpen, c.ClosedOn, c.ClosedBecause,
        [.. placements.OrderByDescending(p => p.StageSince).Select(PlacementSummaryDto.From)], c.Revision);
}
