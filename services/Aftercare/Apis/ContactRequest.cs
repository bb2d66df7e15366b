using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>A contact with the ex-prisoner, for the log.</summary>
public record ContactRequest
{
    [Required]
    public DateOnly? On { get; init; }

    [Required]
    public ContactChannel? Channel { get; init; }

    /// <summary>Whether the person was reached; only a reached participant counts for the contact rhythm.</summary>
    [Required]
    public bool? Reached { get; init; }

    /// <summary>A short note, read only by the buddy and staff.</summary>
    [MaxLength(2000)]
    public string? Note { get; init; }
}
