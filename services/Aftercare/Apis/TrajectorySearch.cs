namespace HerstelWerk.Aftercare.Apis;

/// <param name="Open">true: open trajectories only; false: closed ones only; left out: both.</param>
/// <param name="FacilityId">The facility of release.</param>
public sealed record TrajectorySearch(bool? Open = null, string? FacilityId = null, Guid? ParticipantId = null, Guid? BuddyVolunteerId = null);
