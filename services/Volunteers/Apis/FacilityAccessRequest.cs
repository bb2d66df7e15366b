using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A facility director granted (or renewed) a volunteer's access pass.</summary>
public sealed record FacilityAccessRequest : IValidatableObject, IOpenApiExample<FacilityAccessRequest>
{
    public static FacilityAccessRequest Example => new() { GrantedOn = FacilityAccessDto.Example.GrantedOn, EndsOn = FacilityAccessDto.Example.EndsOn };

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
