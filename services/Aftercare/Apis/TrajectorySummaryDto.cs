using HerstelWerk.ServiceDefaults.OpenApi;

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
    DateOnly? ClosedOn) : IOpenApiExample<TrajectorySummaryDto>
{
    public static TrajectorySummaryDto Example => new(
        AftercareExamples.TrajectoryId, AftercareExamples.ParticipantId, "pi-vught", AftercareExamples.ReleasedOn, AftercareExamples.ReleasedOn,
        AftercareExamples.PlannedEndOn, AftercareExamples.BuddyVolunteerId, new DateOnly(2027, 4, 12), new DateOnly(2027, 4, 26), null);
}
