using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <param name="Sector">Only employers in this sector.</param>
/// <param name="Region">Only employers in this region.</param>
/// <param name="Search">Part of the organisation's name.</param>
public sealed record EmployerSearch(
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)] string? Sector = null,
    [property: StringLength(50)] string? Region = null,
    [property: StringLength(100)] string? Search = null);
