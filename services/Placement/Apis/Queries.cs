using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

/// <param name="AdviserId">Only this adviser's candidates.</param>
/// <param name="Unassigned">Only candidates without an adviser.</param>
/// <param name="FacilityId">Only candidates Courses reports held at this facility.</param>
/// <param name="OpenOnly">Leave out candidates who withdrew consent or were erased (default true).</param>
public sealed record CandidateSearch(
    [property: StringLength(100)] string? AdviserId = null,
    bool Unassigned = false,
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.FacilityMessage)] string? FacilityId = null,
    bool OpenOnly = true);

/// <param name="Sector">Only employers in this sector.</param>
/// <param name="Region">Only employers in this region.</param>
/// <param name="Search">Part of the organisation's name.</param>
public sealed record EmployerSearch(
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)] string? Sector = null,
    [property: StringLength(50)] string? Region = null,
    [property: StringLength(100)] string? Search = null);

/// <param name="Status">Only vacancies with this status.</param>
/// <param name="EmployerId">Only this employer's vacancies.</param>
/// <param name="Sector">Only vacancies in this sector.</param>
/// <param name="Region">Only vacancies in this region.</param>
public sealed record VacancySearch(
    VacancyStatus? Status = null,
    Guid? EmployerId = null,
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)] string? Sector = null,
    [property: StringLength(50)] string? Region = null);

/// <param name="CandidateId">Only this candidate's pipelines.</param>
/// <param name="VacancyId">Only pipelines for this vacancy.</param>
/// <param name="Stage">Only pipelines at this stage.</param>
/// <param name="OpenOnly">Leave out pipelines that ended (default false).</param>
public sealed record PlacementSearch(Guid? CandidateId = null, Guid? VacancyId = null, PlacementStage? Stage = null, bool OpenOnly = false);

/// <param name="FacilityId">Only visits to this facility.</param>
/// <param name="EmployerId">Only this employer's visits.</param>
/// <param name="From">Only visits on or after this day.</param>
public sealed record VisitSearch(
    [property: RegularExpression(Codes.CodePattern, ErrorMessage = Codes.FacilityMessage)] string? FacilityId = null,
    Guid? EmployerId = null,
    DateOnly? From = null);

/// <param name="AdviserId">Only the placements of this adviser's candidates.</param>
public sealed record RetentionCheckSearch([property: StringLength(100)] string? AdviserId = null);

/// <param name="Year">The calendar year, e.g. 2026.</param>
public sealed record YearQuery([property: Range(2000, 2100)] int Year);
