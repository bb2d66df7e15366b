namespace HerstelWerk.Placement.Apis;

/// <summary>A candidate in a list, with Courses' facility and release dates and how many pipelines run.</summary>
public sealed record CandidateSummaryDto(
    Guid Id, Guid ParticipantId, string? AdviserId, DateOnly RegisteredOn, DateOnly? CaoCompletedOn,
    string? FacilityId, DateOnly? ExpectedReleaseDate, DateOnly? ReleasedOn, bool IsOpen, int OpenPlacements);
