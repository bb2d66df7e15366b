using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

public sealed record TransferRequest
{
    /// <summary>The facility the participant moved to, e.g. "pi-zwolle".</summary>
    [Required, StringLength(50)]
    public string? FacilityId { get; init; }

    /// <summary>The day of the move; not in the future.</summary>
    [Required]
    public DateOnly? TransferredOn { get; init; }
}
