using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A run of a course at a facility: its format, capacity and session dates.</summary>
public sealed record ScheduleRunRequest : IOpenApiExample<ScheduleRunRequest>
{
    /// <summary>SOS in a group takes exactly eight sessions: here weekly, from January 2027.</summary>
    public static ScheduleRunRequest Example => new()
    {
        CourseTypeId = "sos-group",
        FacilityId = "pi-vught",
        Format = CourseFormat.Group,
        Capacity = 12,
        Sessions = [.. Enumerable.Range(0, 8).Select(week => new DateOnly(2027, 1, 11).AddDays(7 * week))],
    };

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
