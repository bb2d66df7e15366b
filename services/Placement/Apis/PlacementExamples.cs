using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Placement.Apis;

/// <summary>
/// The fixed ids Placement's OpenAPI examples share, so the examples tell one story: the candidate of
/// the candidate example is the one matched, visited and placed in the others.
/// </summary>
internal static class PlacementExamples
{
    /// <summary>The participant of ServiceDefaults' projection example: the same person Courses registered.</summary>
    public static readonly Guid ParticipantId = ParticipantProjectionDto.Example.ParticipantId;

    public static readonly Guid CandidateId = Guid.Parse("2c8e4f1a-6b3d-4e7f-9a05-c1d2e3f4a5b6");

    public static readonly Guid EmployerId = Guid.Parse("8f4b2d6e-1a3c-4b5d-8e7f-0a1b2c3d4e5f");

    public static readonly Guid VacancyId = Guid.Parse("3e6a9c1f-4b7d-4a2e-8c5f-6d9e0f1a2b3c");

    public static readonly Guid PlacementId = Guid.Parse("b7d1e4a2-9c3f-4e6b-a8d5-2f7c1e9b4a6d");

    public static readonly Guid VisitId = Guid.Parse("6a2f8d4c-0e1b-4c7a-9f3e-5b8d2a6c1e0f");
}
