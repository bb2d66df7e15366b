using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>Corrections to a participant's personal data. Send the ETag you read as If-Match.</summary>
public sealed record UpdateParticipantRequest : IValidatableObject, IOpenApiExample<UpdateParticipantRequest>
{
    /// <summary>The intake example with its prison number corrected.</summary>
    public static UpdateParticipantRequest Example => new()
    {
        FullName = "Jan Jansen",
        DateOfBirth = new DateOnly(1988, 6, 14),
        PrisonNumber = "A-204581",
        ContactLanguage = "nl",
    };

    [Required, StringLength(200)]
    public string? FullName { get; init; }

    [Required]
    public DateOnly? DateOfBirth { get; init; }

    [StringLength(30)]
    public string? PrisonNumber { get; init; }

    [Required, RegularExpression("^[a-z]{2,3}$", ErrorMessage = "Use a language code such as 'nl' or 'en'.")]
    public string? ContactLanguage { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        PersonalDataRules.DateOfBirth(DateOfBirth, nameof(DateOfBirth));
}
