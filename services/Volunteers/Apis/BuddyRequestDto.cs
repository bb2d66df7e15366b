namespace HerstelWerk.Volunteers.Apis;

/// <summary>A participant waiting for an aftercare buddy; <c>GET /api/volunteers/suggestions?role=aftercare-buddy</c> finds one.</summary>
public sealed record BuddyRequestDto(Guid TrajectoryId, Guid ParticipantId, DateOnly StartedOn);
