using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>Intake of a participant. Nullable members so a missing field is a 400 that names it.</summary>
public sealed record RegisterParticipantRequest : IValidatableObject, IOpenApiExample<RegisterParticipantRequest>
{
    public static RegisterParticipantRequest Example => new()
    {
        FullName = "Jan Jansen",
        DateOfBirth = new DateOnly(1988, 6, 14),
        PrisonNumber = "A-204518",
        ContactLanguage = "nl",
        Group = ParticipantGroup.Prisoner,
        FacilityId = "pi-vught",
        ExpectedReleaseDate = new DateOnly(2027, 3, 1),
        CurrentStayBeganOn = new DateOnly(2025, 11, 3),
        Consents = [ConsentRequest.Example],
    };

    [Required, StringLength(200)]
    public string? FullName { get; init; }

    [Required]
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The prison's registration number, if known.</summary>
    [StringLength(30)]
    public string? PrisonNumber { get; init; }

    /// <summary>ISO 639-1 code of the language to contact the participant in, e.g. "nl", "en", "ar".</summary>
    [Required, RegularExpression("^[a-z]{2,3}$", ErrorMessage = "Use a language code such as 'nl' or 'en'.")]
    public string? ContactLanguage { get; init; }

    [Required]
    public ParticipantGroup? Group { get; init; }

    /// <summary>The id of the facility (see GET /api/courses/facilities), e.g. "pi-vught".</summary>
    [Required, StringLength(50)]
    public string? FacilityId { get; init; }

    [Required]
    public DateOnly? ExpectedReleaseDate { get; init; }

    /// <summary>The day the current stay at the facility began; leave it out for today. Not in the future.</summary>
    public DateOnly? CurrentStayBeganOn { get; init; }

    /// <summary>Consents the participant gave at the intake, recorded with it by the calling staff member.</summary>
    [Length(0, 5)]
    public ConsentRequest[]? Consents { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in PersonalDataRules.DateOfBirth(DateOfBirth, nameof(DateOfBirth)))
        {
            yield return result;
        }

        // Each consent names its purpose and its day; nested records are not validated on their own.
        if (Consents?.Any(consent => consent?.Purpose is null || consent.GivenOn is null) == true)
        {
            yield return new ValidationResult("Give each consent a purpose and the day it was given.", [nameof(Consents)]);
        }
    }

    public Intake ToIntake() => new(FullName!, DateOfBirth!.Value, PrisonNumber, ContactLanguage!, Group!.Value, ExpectedReleaseDate!.Value,
        CurrentStayBeganOn, [.. (Consents ?? []).Select(consent => (consent.Purpose!.Value, consent.GivenOn!.Value))]);
}
