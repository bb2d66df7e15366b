using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

/// <param name="Status">Only vacancies with this status.</param>
/// <param name="EmployerId">Only this employer's vacancies.</param>
/// <param name="Sector">Only vacancies in this sector.</param>
/// <param name="Region">Only vacancies in this region.</param>
public sealed record VacancySearch(
    VacancyStatus? Status = null,
    Guid? EmployerId = null,
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)] string? Sector = null,
    [property: StringLength(50)] string? Region = null);
