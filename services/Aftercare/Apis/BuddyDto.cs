using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>The aftercare buddy Volunteers assigned, by their assignment, and since when they are linked.</summary>
public sealed record BuddyDto(Guid VolunteerId, Guid AssignmentId, DateOnly Since) : IOpenApiExample<BuddyDto>
{
    public static BuddyDto Example => new(AftercareExamples.BuddyVolunteerId, AftercareExamples.BuddyAssignmentId, AftercareExamples.ReleasedOn);
}
