using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>A run of a course at a facility: its format, capacity and session dates.</summary>
public sealed record ScheduleRunRequest
{
    /// <summary>sos-group, sos-individual, back-to-the-future or cao.</summary>
    [Required, StringLength(50)]
    public string? CourseTypeId { get; init; }

    [Required, StringLength(50)]
    public string? FacilityId { get; init; }

    /// <summary>Group or Individual; may be left out when the course has one format only.</summary>
    public CourseFormat? Format { get; init; }

    /// <summary>How many participants before the waiting list starts.</summary>
    [Required, Range(1, 50)]
    public int? Capacity { get; init; }

    /// <summary>The session dates, in order; the first is the start date.</summary>
    [Required, Length(1, 100)]
    public DateOnly[]? Sessions { get; init; }
}
