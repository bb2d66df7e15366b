using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>A facility as admins add or correct it.</summary>
public sealed record FacilityRequest : IOpenApiExample<FacilityRequest>
{
    /// <summary>A facility that is not in the seed, so adding it as shown succeeds.</summary>
    public static FacilityRequest Example =>
        new() { Id = "pi-ter-peel", Name = "PI Ter Peel", Kind = FacilityKind.Penitentiary, City = "Evertsoord", IsActive = true };

    /// <summary>Only when adding: a stable code of lowercase letters, digits and dashes, e.g. "pi-vught".</summary>
    [StringLength(50), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lowercase letters, digits and dashes, like 'pi-vught'.")]
    public string? Id { get; init; }

    [Required, StringLength(200)]
    public string? Name { get; init; }

    [Required]
    public FacilityKind? Kind { get; init; }

    [Required, StringLength(100)]
    public string? City { get; init; }

    public bool IsActive { get; init; } = true;
}
