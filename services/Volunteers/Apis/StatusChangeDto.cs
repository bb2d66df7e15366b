using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>One dated step in the volunteer's lifecycle.</summary>
public sealed record StatusChangeDto(VolunteerStatus Status, DateOnly Since);
