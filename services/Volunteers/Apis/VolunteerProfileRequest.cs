using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A volunteer's application, or a change to their profile. Nullable members so a missing field is a 400 that names it.</summary>
public sealed record VolunteerProfileRequest : IValidatableObject, IOpenApiExample<VolunteerProfileRequest>
{
    /// <summary>Dated in the past, as an application is, so Volunteers.Tests can send it as it is.</summary>
    public static VolunteerProfileRequest Example => new()
    {
        FullName = VolunteerExamples.FullName,
        Email = "sanne.bakker@example.org",
        Phone = "+31 6 23456789",
        Region = VolunteerExamples.Region,
        Languages = ["nl", "en"],
        Capacity = 2,
        Availability = "Dinsdagavond en zaterdagochtend.",
        AppliedOn = new DateOnly(2026, 2, 2),
    };

    [Required, StringLength(200)]
    public string? FullName { get; init; }

    [Required, EmailAddress, StringLength(254)]
    public string? Email { get; init; }

    [Phone, StringLength(30)]
    public string? Phone { get; init; }

    /// <summary>The volunteer's region, e.g. a province such as "Noord-Brabant".</summary>
    [Required, StringLength(50, MinimumLength = 2)]
    public string? Region { get; init; }

    /// <summary>ISO 639-1 codes of the languages the volunteer speaks, e.g. ["nl", "ar"].</summary>
    [Required, MinLength(1), MaxLength(10)]
    public string[]? Languages { get; init; }

    /// <summary>How many participants the volunteer takes at once.</summary>
    [Required, Range(1, 20)]
    public int? Capacity { get; init; }

    /// <summary>When the volunteer is available, in their own words.</summary>
    [StringLength(500)]
    public string? Availability { get; init; }

    /// <summary>On application only: the day the volunteer applied, for records entered afterwards; today when left out.</summary>
    public DateOnly? AppliedOn { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (Languages ?? []).Where(code => code is null || !LanguageCode.IsValid(code))
            .Select(code => new ValidationResult($"'{code}' is not a language code such as 'nl' or 'en'.", [nameof(Languages)]));

    public VolunteerProfile ToProfile() =>
        new(FullName!.Trim(), Email!.Trim(), Phone, Region!.Trim(), [.. Languages!.Select(l => l.ToLowerInvariant())], Capacity!.Value, Availability);
}
