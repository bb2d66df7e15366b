using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A held session: its date, and Present, Absent or Excused for every enrolled participant.</summary>
public sealed record AttendanceRequest : IOpenApiExample<AttendanceRequest>
{
    public static AttendanceRequest Example => new()
    {
        HeldOn = new DateOnly(2026, 3, 2),
        Attendance =
        [
            AttendanceEntry.Example,
            new(Guid.Parse("a4c6e2d8-71b3-4f05-8e9a-6b2d1c3f5e70"), Presence.Excused),
        ],
    };

    [Required]
    public DateOnly? HeldOn { get; init; }

    [Required, Length(0, 50)]
    public AttendanceEntry[]? Attendance { get; init; }
}
