using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// The fixed ids and dates Aftercare's OpenAPI examples share, so the examples tell one story: the
/// participant released from PI Vught on 1 March 2027, their buddy, and the job they started in April.
/// </summary>
internal static class AftercareExamples
{
    /// <summary>The participant of ServiceDefaults' projection example: the same person Courses registered.</summary>
    public static readonly Guid ParticipantId = ParticipantProjectionDto.Example.ParticipantId;

    public static readonly Guid TrajectoryId = Guid.Parse("4a7c2e9f-1d3b-4f6a-b8e2-7c5d0a9f3e14");

    public static readonly Guid BuddyVolunteerId = Guid.Parse("c3f1a8d2-5e7b-4c9a-9d6f-1b2e3a4c5d6e");

    public static readonly Guid BuddyAssignmentId = Guid.Parse("e9b4d7a1-2c6f-4a3e-8b5d-0f1a2c3e4b5d");

    /// <summary>The employer and placement as Placement named them in <c>JobStartedV1</c>.</summary>
    public static readonly Guid EmployerId = Guid.Parse("8f4b2d6e-1a3c-4b5d-8e7f-0a1b2c3d4e5f");

    public static readonly Guid PlacementId = Guid.Parse("b7d1e4a2-9c3f-4e6b-a8d5-2f7c1e9b4a6d");

    public static readonly Guid ContactId = Guid.Parse("1f5e9a3c-7b2d-4e8f-a6c1-3d9b5e7f2a40");

    public static readonly DateOnly ReleasedOn = new(2027, 3, 1);

    /// <summary>Six months after release, the default planned length.</summary>
    public static readonly DateOnly PlannedEndOn = new(2027, 9, 1);

    public static readonly DateOnly JobStartedOn = new(2027, 4, 5);
}
