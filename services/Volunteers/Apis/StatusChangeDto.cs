using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>One dated step in the volunteer's lifecycle.</summary>
public sealed record StatusChangeDto(VolunteerStatus Status, DateOnly Since) : IOpenApiExample<StatusChangeDto>
{
    public static StatusChangeDto Example => new(VolunteerStatus.Active, new DateOnly(2026, 5, 18));
}
