using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

/// <summary>Filters for the run list; all optional.</summary>
public sealed record CourseRunSearch(
    [property: StringLength(50)] string? FacilityId = null,
    [property: StringLength(50)] string? CourseTypeId = null);
