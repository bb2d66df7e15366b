using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>An employer's business contact data.</summary>
public sealed record EmployerDto(
    Guid Id, string Organisation, string ContactPerson, string ContactEmail, string? ContactPhone, string Sector, string Region,
    bool HiresPeopleWithRecord, int Revision) : IOpenApiExample<EmployerDto>
{
    public static EmployerDto Example => new(
        PlacementExamples.EmployerId, "Bouwbedrijf De Eik B.V.", "Anna de Vries", "anna.devries@example.org", "+31 6 12345678", "bouw", "Noord-Brabant",
        true, 1);

    public static EmployerDto From(Employer e) =>
        new(e.Id, e.Organisation, e.ContactPerson, e.ContactEmail, e.ContactPhone, e.Sector, e.Region, e.HiresPeopleWithRecord, e.Revision);
}
