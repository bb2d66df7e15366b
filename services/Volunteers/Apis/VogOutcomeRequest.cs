using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Justis decided on a VOG request.</summary>
public sealed record VogOutcomeRequest : IValidatableObject, IOpenApiExample<VogOutcomeRequest>
{
    public static VogOutcomeRequest Example => new() { Outcome = VogOutcome.Issued, DecidedOn = VogRequestDto.Example.DecidedOn };

    /// <summary>Issued or Refused.</summary>
    [Required]
    public VogOutcome? Outcome { get; init; }

    [Required]
    public DateOnly? DecidedOn { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Outcome == VogOutcome.Requested)
        {
            yield return new ValidationResult("An outcome is Issued or Refused.", [nameof(Outcome)]);
        }
    }
}
