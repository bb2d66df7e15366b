namespace HerstelWerk.Aftercare.Apis;

/// <summary>An open trajectory whose contact is overdue: the longer overdue, the more urgent.</summary>
public sealed record OverdueTrajectoryDto(
    Guid TrajectoryId,
    Guid ParticipantId,
    string? FacilityId,
    Guid? BuddyVolunteerId,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    DateOnly OverdueSince,
    int DaysOverdue);
