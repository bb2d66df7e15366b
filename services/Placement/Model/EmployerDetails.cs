namespace HerstelWerk.Placement.Model;

/// <summary>An employer's business contact data: the organisation, who to call, its sector and region.</summary>
public sealed record EmployerDetails(
    string Organisation,
    string ContactPerson,
    string ContactEmail,
    string? ContactPhone,
    string Sector,
    string Region,
    bool HiresPeopleWithRecord);
