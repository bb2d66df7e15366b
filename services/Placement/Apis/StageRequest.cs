using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>
/// The next step of a pipeline. <c>Closed</c> needs a <c>closedReason</c>, <c>EmploymentEnded</c> an
/// <c>endReason</c>; an <c>Interview</c> may name the employer visit it was held at.
/// </summary>
public sealed record StageRequest : IValidatableObject, IOpenApiExample<StageRequest>
{
    public static StageRequest Example => new() { Stage = PlacementStage.Offer, On = new DateOnly(2027, 2, 24) };

    /// <summary>Interview, Offer, JobStarted, Coaching, Retained, EmploymentEnded or Closed.</summary>
    [Required]
    public PlacementStage? Stage { get; init; }

    /// <summary>The day it happened; today when left out. Never in the future.</summary>
    public DateOnly? On { get; init; }

    /// <summary>For Interview: the employer visit inside the facility where it was held.</summary>
    public Guid? VisitId { get; init; }

    /// <summary>For Closed: NotSelected, CandidateDeclined, EmployerDeclined, VacancyClosed or Other.</summary>
    public ClosedReason? ClosedReason { get; init; }

    /// <summary>For EmploymentEnded: ContractEnded, Resigned, Dismissed or Other.</summary>
    public EmploymentEndReason? EndReason { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Stage == PlacementStage.Matched)
        {
            yield return new ValidationResult($"A pipeline starts as Matched (POST {PlacementsApi.Route}); choose a later stage.", [nameof(Stage)]);
        }

        if (Stage == PlacementStage.Closed && ClosedReason is null)
        {
            yield return new ValidationResult("Say why the pipeline closes.", [nameof(ClosedReason)]);
        }

        if (ClosedReason is Model.ClosedReason.ConsentWithdrawn or Model.ClosedReason.Erased)
        {
            yield return new ValidationResult("The system records this reason when Courses reports it.", [nameof(ClosedReason)]);
        }

        if (Stage == PlacementStage.EmploymentEnded && EndReason is null)
        {
            yield return new ValidationResult("Say why the employment ended.", [nameof(EndReason)]);
        }

        if (VisitId is not null && Stage != PlacementStage.Interview)
        {
            yield return new ValidationResult("Only an interview is held at an employer visit.", [nameof(VisitId)]);
        }
    }
}
