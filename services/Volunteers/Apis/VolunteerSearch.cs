using System.ComponentModel.DataAnnotations;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Filters for the volunteer list; all optional and combined with AND.</summary>
/// <param name="Status">Volunteers whose current status is this.</param>
/// <param name="Region">Volunteers in this region.</param>
/// <param name="Role">Volunteers trained for this role code (visitor, sos-trainer, cao-trainer, back-to-the-future, aftercare-buddy).</param>
/// <param name="FacilityId">Volunteers with a valid access pass for this facility today.</param>
/// <param name="Vog">Volunteers whose VOG standing is this today (None, Valid, DueSoon, Overdue).</param>
/// <param name="Search">Part of the volunteer's name.</param>
public sealed record VolunteerSearch(
    VolunteerStatus? Status = null,
    [property: StringLength(50)] string? Region = null,
    [property: StringLength(30)] string? Role = null,
    [property: StringLength(50)] string? FacilityId = null,
    VogStanding? Vog = null,
    [property: StringLength(100, MinimumLength = 2)] string? Search = null);
