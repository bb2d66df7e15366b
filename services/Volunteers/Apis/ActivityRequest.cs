using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Time a volunteer spent. Deliberately without notes: the hours count, not what was said.</summary>
public sealed record ActivityRequest : IOpenApiExample<ActivityRequest>
{
    public static ActivityRequest Example => new() { Kind = ActivityKind.Visit, On = new DateOnly(2026, 11, 24), Minutes = 90 };

    /// <summary>Visit, Session or AftercareContact.</summary>
    [Required]
    public ActivityKind? Kind { get; init; }

    [Required]
    public DateOnly? On { get; init; }

    /// <summary>Duration in minutes, at most one day.</summary>
    [Required, Range(1, 1440)]
    public int? Minutes { get; init; }
}
