using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Move the planned end later, with the reason.</summary>
public sealed record ExtensionRequest : IOpenApiExample<ExtensionRequest>
{
    public static ExtensionRequest Example => new()
    {
        PlannedEndOn = ExtensionDto.Example.To,
        Reason = ExtensionDto.Example.Reason,
    };

    [Required]
    public DateOnly? PlannedEndOn { get; init; }

    [Required]
    [StringLength(500, MinimumLength = 3)]
    public string? Reason { get; init; }
}
