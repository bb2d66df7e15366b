using HerstelWerk.Placement.Apis;

namespace HerstelWerk.Placement.Matching;

/// <summary>What matching knows of an open vacancy at an employer willing to hire people with a record.</summary>
public sealed record MatchVacancy(Guid VacancyId, Guid EmployerId, string Organisation, string Title, string Sector, string Region, DateOnly? StartsOn)
{
    /// <summary>The vacancy of Placement's OpenAPI examples, from which the suggestion examples are ranked.</summary>
    internal static MatchVacancy Example => new(
        PlacementExamples.VacancyId, PlacementExamples.EmployerId, EmployerDto.Example.Organisation, VacancyDto.Example.Title, VacancyDto.Example.Sector,
        VacancyDto.Example.Region, VacancyDto.Example.StartsOn);
}
