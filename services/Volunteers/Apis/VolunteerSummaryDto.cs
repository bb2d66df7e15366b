using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>One row of the volunteer list.</summary>
public sealed record VolunteerSummaryDto(
    Guid Id,
    string FullName,
    string Region,
    VolunteerStatus Status,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Languages,
    int Capacity,
    int OpenAssignments,
    VogStanding VogStanding,
    DateOnly? VogDueOn) : IOpenApiExample<VolunteerSummaryDto>
{
    public static VolunteerSummaryDto Example
    {
        get
        {
            var volunteer = VolunteerDto.Example;
            return new(volunteer.Id, volunteer.FullName, volunteer.Region, volunteer.Status, volunteer.Roles, volunteer.Languages, volunteer.Capacity,
                volunteer.OpenAssignments, volunteer.VogStanding, volunteer.VogDueOn);
        }
    }
}
