using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Where one of the five basic conditions stands now.</summary>
public sealed record ConditionRequest : IValidatableObject, IOpenApiExample<ConditionRequest>
{
    public static ConditionRequest Example => new() { Condition = BasicCondition.Housing, Status = ConditionStatus.Arranged, On = new DateOnly(2027, 4, 20) };

    /// <summary>IdDocument, Housing, WorkAndIncome, Debts or Care.</summary>
    [Required]
    public BasicCondition? Condition { get; init; }

    /// <summary>NotArranged, InProgress or Arranged.</summary>
    [Required]
    public ConditionStatus? Status { get; init; }

    /// <summary>The day it reached this status; today when left out.</summary>
    public DateOnly? On { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status == ConditionStatus.Unknown)
        {
            yield return new ValidationResult("Use NotArranged, InProgress or Arranged.", [nameof(Status)]);
        }
    }
}
