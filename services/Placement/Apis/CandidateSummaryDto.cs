using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>A candidate in a list, with Courses' facility and release dates and how many pipelines run.</summary>
public sealed record CandidateSummaryDto(
    Guid Id, Guid ParticipantId, string? AdviserId, DateOnly RegisteredOn, DateOnly? CaoCompletedOn,
    string? FacilityId, DateOnly? ExpectedReleaseDate, DateOnly? ReleasedOn, bool IsOpen, int OpenPlacements) : IOpenApiExample<CandidateSummaryDto>
{
    public static CandidateSummaryDto Example => new(
        PlacementExamples.CandidateId, PlacementExamples.ParticipantId, "adviser-07", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20),
        "pi-vught", new DateOnly(2027, 3, 1), null, true, 1);
}
