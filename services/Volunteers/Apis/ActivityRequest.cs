using System.ComponentModel.DataAnnotations;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Time a volunteer spent. Deliberately without notes: the hours count, not what was said.</summary>
public sealed record ActivityRequest
{
    /// <summary>Visit, Session or AftercareContact.</summary>
    [Required]
    public ActivityKind? Kind { get; init; }

    [Required]
    public DateOnly? On { get; init; }

    /// <summary>Duration in minutes, at most one day.</summary>
    [Required, Range(1, 1440)]
    public int? Minutes { get; init; }
}
