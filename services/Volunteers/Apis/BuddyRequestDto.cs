using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A participant waiting for an aftercare buddy; <c>GET /api/volunteers/suggestions?role=aftercare-buddy</c> finds one.</summary>
public sealed record BuddyRequestDto(Guid TrajectoryId, Guid ParticipantId, DateOnly StartedOn) : IOpenApiExample<BuddyRequestDto>
{
    /// <summary>The aftercare trajectory Aftercare opened on the participant's release, still without a buddy.</summary>
    public static BuddyRequestDto Example => new(VolunteerExamples.TrajectoryId, VolunteerExamples.ParticipantId, new DateOnly(2027, 3, 1));
}
