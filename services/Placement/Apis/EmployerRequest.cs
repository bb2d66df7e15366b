using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>An employer's business contact data.</summary>
public sealed record EmployerRequest : IOpenApiExample<EmployerRequest>
{
    /// <summary>Stands on its own (no other record needed), so it is also sent for real in Placement.Tests.</summary>
    public static EmployerRequest Example => new()
    {
        Organisation = "Bouwbedrijf De Eik B.V.",
        ContactPerson = "Anna de Vries",
        ContactEmail = "anna.devries@example.org",
        ContactPhone = "+31 6 12345678",
        Sector = "bouw",
        Region = "Noord-Brabant",
        HiresPeopleWithRecord = true,
    };

    [Required, StringLength(200, MinimumLength = 2)]
    public string? Organisation { get; init; }

    [Required, StringLength(200, MinimumLength = 2)]
    public string? ContactPerson { get; init; }

    [Required, EmailAddress, StringLength(254)]
    public string? ContactEmail { get; init; }

    [Phone, StringLength(30)]
    public string? ContactPhone { get; init; }

    /// <summary>A sector code, e.g. "bouw".</summary>
    [Required, RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)]
    public string? Sector { get; init; }

    /// <summary>The employer's region, e.g. "Noord-Brabant".</summary>
    [Required, StringLength(50, MinimumLength = 2)]
    public string? Region { get; init; }

    /// <summary>Whether the employer is willing to hire people with a record; only such employers get suggestions.</summary>
    [Required]
    public bool? HiresPeopleWithRecord { get; init; }

    public EmployerDetails ToDetails() =>
        new(Organisation!.Trim(), ContactPerson!.Trim(), ContactEmail!.Trim(), ContactPhone, Sector!, Region!.Trim(), HiresPeopleWithRecord!.Value);

}
