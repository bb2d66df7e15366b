using HerstelWerk.ServiceDefaults.OpenApi;

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
    int DaysOverdue) : IOpenApiExample<OverdueTrajectoryDto>
{
    /// <summary>No contact since 10 May: the intensive months' 14 days ran out on the 24th.</summary>
    public static OverdueTrajectoryDto Example => new(
        AftercareExamples.TrajectoryId, AftercareExamples.ParticipantId, "pi-vught", AftercareExamples.BuddyVolunteerId,
        new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 24), new DateOnly(2027, 5, 25), 6);
}
