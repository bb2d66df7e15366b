using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>
/// The fixed ids Volunteers' OpenAPI examples share, so the examples tell one story: a volunteer who
/// visits the participant of ServiceDefaults' projection example at PI Vught and trains SOS groups.
/// </summary>
internal static class VolunteerExamples
{
    /// <summary>The trainer Courses' course-run example names, seen here as the volunteer they are.</summary>
    public static readonly Guid VolunteerId = Guid.Parse("7e3a9b15-0c64-4d2f-a8b7-91f2c6d0e4a3");

    public static readonly Guid ParticipantId = ParticipantProjectionDto.Example.ParticipantId;

    /// <summary>The participant's aftercare trajectory, as Aftercare named it in its events.</summary>
    public static readonly Guid TrajectoryId = Guid.Parse("4a7c2e9f-1d3b-4f6a-b8e2-7c5d0a9f3e14");

    public static readonly Guid AssignmentId = Guid.Parse("d4a8c2e6-3f1b-4d9a-8e7c-5b2f0a6d1c39");

    public static readonly Guid ActivityId = Guid.Parse("a1c5e9b3-7d2f-4b8e-9c6a-0e4d8f2b6a17");

    public static readonly Guid VogRequestId = Guid.Parse("f2b6d0a4-8e3c-4a1f-b7d9-6c0e4a8b2d53");

    public static readonly Guid TrainingId = Guid.Parse("5c9e3a7d-1b4f-4e2a-a6d8-2f7b1c5e9a04");

    public static readonly Guid VisitorTrainingId = Guid.Parse("8b0d4f2a-6c9e-4a3b-9f1d-7e5c3a1b9d62");

    public const string FullName = "Sanne Bakker";

    public const string Region = "Noord-Brabant";
}
