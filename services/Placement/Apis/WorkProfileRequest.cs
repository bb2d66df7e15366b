using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>The candidate's work profile, replaced as a whole. Send the candidate's ETag as If-Match.</summary>
public sealed record WorkProfileRequest : IValidatableObject, IOpenApiExample<WorkProfileRequest>
{
    public static WorkProfileRequest Example => new()
    {
        Talents = ["handig met hout", "nauwkeurig"],
        PreferredSectors = ["bouw", "logistiek"],
        WhatMatters = "Vast werk in een vaste ploeg, dicht bij zijn familie in Den Bosch.",
        RegionAfterRelease = "Noord-Brabant",
        AvailableFrom = new DateOnly(2027, 3, 15),
        OtherRestrictions = "geen nachtdiensten",
        Certificates = ["VCA"],
    };

    /// <summary>Talents in a word or two each, e.g. "handig met hout".</summary>
    [MaxLength(20)]
    public string[]? Talents { get; init; }

    /// <summary>Sector codes, e.g. ["bouw", "logistiek"]; matching compares them with vacancies' sectors.</summary>
    [MaxLength(10)]
    public string[]? PreferredSectors { get; init; }

    /// <summary>What matters to the candidate in work, and why.</summary>
    [StringLength(1000)]
    public string? WhatMatters { get; init; }

    /// <summary>Where the candidate will live after release, e.g. "Noord-Brabant".</summary>
    [StringLength(50, MinimumLength = 2)]
    public string? RegionAfterRelease { get; init; }

    /// <summary>A restriction beyond the release date: the first day the candidate can start.</summary>
    public DateOnly? AvailableFrom { get; init; }

    /// <summary>Other restrictions, e.g. "geen nachtdiensten".</summary>
    [StringLength(500)]
    public string? OtherRestrictions { get; init; }

    /// <summary>Certificates held, e.g. "VCA", "heftruckcertificaat".</summary>
    [MaxLength(20)]
    public string[]? Certificates { get; init; }

    public WorkProfile ToProfile() => new(Talents ?? [], PreferredSectors ?? [], WhatMatters, RegionAfterRelease, AvailableFrom, OtherRestrictions, Certificates ?? []);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var sector in (PreferredSectors ?? []).Where(s => !Codes.IsCode(s)))
        {
            yield return new ValidationResult($"'{sector}': {Codes.SectorMessage}", [nameof(PreferredSectors)]);
        }

        foreach (var (name, values) in new[] { (nameof(Talents), Talents), (nameof(Certificates), Certificates) })
        {
            if ((values ?? []).Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 100))
            {
                yield return new ValidationResult("Each entry has 1 to 100 characters.", [name]);
            }
        }
    }
}
