using System.ComponentModel.DataAnnotations;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A training the volunteer completed; with a role in <c>qualifiesFor</c> it makes them trained for it.</summary>
public sealed record TrainingRequest : IValidatableObject, IOpenApiExample<TrainingRequest>
{
    public static TrainingRequest Example => new()
    {
        Training = "Basistraining SOS-trainer",
        QualifiesFor = VolunteerRoles.SosTrainer,
        CompletedOn = new DateOnly(2026, 4, 25),
    };

    [Required, StringLength(200)]
    public string? Training { get; init; }

    /// <summary>visitor, sos-trainer, cao-trainer, back-to-the-future or aftercare-buddy; leave out for a general training.</summary>
    public string? QualifiesFor { get; init; }

    [Required]
    public DateOnly? CompletedOn { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QualifiesFor is not null && !VolunteerRoles.All.Contains(QualifiesFor))
        {
            yield return new ValidationResult($"Use one of: {string.Join(", ", VolunteerRoles.All)}.", [nameof(QualifiesFor)]);
        }
    }
}
