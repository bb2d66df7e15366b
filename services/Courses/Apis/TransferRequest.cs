using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record TransferRequest : IOpenApiExample<TransferRequest>
{
    public static TransferRequest Example => new() { FacilityId = "pi-zwolle", TransferredOn = new DateOnly(2026, 6, 15) };

    /// <summary>The facility the participant moved to, e.g. "pi-zwolle".</summary>
    [Required, StringLength(50)]
    public string? FacilityId { get; init; }

    /// <summary>The day of the move; not in the future.</summary>
    [Required]
    public DateOnly? TransferredOn { get; init; }
}
