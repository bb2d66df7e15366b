namespace HerstelWerk.Aftercare.Apis;

/// <summary>A trajectory in a list.</summary>
public sealed record TrajectorySummaryDto(
    Guid Id,
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    Guid? BuddyVolunteerId,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    DateOnly? ClosedOn);
