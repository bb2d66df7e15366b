using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>A contact with the participant's employer, logged apart from contacts with the participant.</summary>
public sealed record EmployerContactRequest : ContactRequest
{
    /// <summary>The employer's id in Placement, as in <c>JobStartedV1</c>.</summary>
    [Required]
    public Guid? EmployerId { get; init; }
}
