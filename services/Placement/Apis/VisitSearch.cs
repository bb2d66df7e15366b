using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <param name="FacilityId">Only visits to this facility.</param>
/// <param name="EmployerId">Only this employer's visits.</param>
/// <param name="From">Only visits on or after this day.</param>
public sealed record VisitSearch(
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.FacilityMessage)] string? FacilityId = null,
    Guid? EmployerId = null,
    DateOnly? From = null);
