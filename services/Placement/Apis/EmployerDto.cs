using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

/// <summary>An employer's business contact data.</summary>
public sealed record EmployerDto(
    Guid Id, string Organisation, string ContactPerson, string ContactEmail, string? ContactPhone, string Sector, string Region,
    bool HiresPeopleWithRecord, int Revision)
{
    public static EmployerDto From(Employer e) =>
        new(e.Id, e.Organisation, e.ContactPerson, e.ContactEmail, e.ContactPhone, e.Sector, e.Region, e.HiresPeopleWithRecord, e.Revision);
}
