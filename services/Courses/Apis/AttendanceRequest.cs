using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>A held session: its date, and Present, Absent or Excused for every enrolled participant.</summary>
public sealed record AttendanceRequest
{
    [Required]
    public DateOnly? HeldOn { get; init; }

    [Required, Length(0, 50)]
    public AttendanceEntry[]? Attendance { get; init; }
}

public sealed record AttendanceEntry(Guid ParticipantId, Presence Presence);
