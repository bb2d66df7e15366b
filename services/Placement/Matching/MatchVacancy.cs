namespace HerstelWerk.Placement.Matching;

/// <summary>What matching knows of an open vacancy at an employer willing to hire people with a record.</summary>
public sealed record MatchVacancy(Guid VacancyId, Guid EmployerId, string Organisation, string Title, string Sector, string Region, DateOnly? StartsOn);
