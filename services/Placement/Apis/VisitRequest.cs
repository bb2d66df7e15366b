using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>Schedule an employer's visit inside a facility, with the candidates who meet them.</summary>
public sealed record VisitRequest : IValidatableObject, IOpenApiExample<VisitRequest>
{
    public static VisitRequest Example => new()
    {
        EmployerId = PlacementExamples.EmployerId,
        FacilityId = "pi-vught",
        VisitOn = new DateOnly(2027, 2, 10),
        CandidateIds = [PlacementExamples.CandidateId],
    };

    [Required]
    public Guid? EmployerId { get; init; }

    /// <summary>A facility id from Courses' list, e.g. "pi-vught"; every candidate must be held there.</summary>
    [Required, RegularExpression(Codes.CodePattern, ErrorMessage = Codes.FacilityMessage)]
    public string? FacilityId { get; init; }

    [Required]
    public DateOnly? VisitOn { get; init; }

    /// <summary>The candidates who meet the employer (1 to 30).</summary>
    [Required, MinLength(1), MaxLength(30)]
    public Guid[]? CandidateIds { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CandidateIds is not null && CandidateIds.Distinct().Count() != CandidateIds.Length)
        {
            yield return new ValidationResult("Name each candidate once.", [nameof(CandidateIds)]);
        }
    }
}
