using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A facility director granted (or renewed) a volunteer's access pass.</summary>
public sealed record FacilityAccessRequest : IValidatableObject
{
    [Required]
    public DateOnly? GrantedOn { get; init; }

    /// <summary>The last day the pass is valid; leave out for a pass without end date.</summary>
    public DateOnly? EndsOn { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndsOn < GrantedOn)
        {
            yield return new ValidationResult("A pass cannot end before it is granted.", [nameof(EndsOn)]);
        }
    }
}
