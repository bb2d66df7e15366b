using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A volunteer's assignment to a participant, by pseudonymous id.</summary>
public sealed record AssignmentDto(Guid Id, Guid VolunteerId, Guid ParticipantId, string Role, DateOnly StartedOn, DateOnly? EndedOn)
    : IOpenApiExample<AssignmentDto>
{
    public static AssignmentDto Example => new(
        VolunteerExamples.AssignmentId, VolunteerExamples.VolunteerId, VolunteerExamples.ParticipantId, VolunteerRoles.Visitor, new DateOnly(2026, 6, 1), null);

    public static AssignmentDto From(Assignment a) => new(a.Id, a.VolunteerId, a.ParticipantId, a.Role, a.StartedOn, a.EndedOn);
}
