using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Move the planned end later, with the reason.</summary>
public sealed record ExtensionRequest
{
    [Required]
    public DateOnly? PlannedEndOn { get; init; }

    [Required]
    [StringLength(500, MinimumLength = 3)]
    public string? Reason { get; init; }
}
