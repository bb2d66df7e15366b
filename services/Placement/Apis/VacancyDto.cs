using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

public sealed record VacancyDto(
    Guid Id, Guid EmployerId, string Title, string Sector, string Region, string Requirements, DateOnly? StartsOn, VacancyStatus Status, int Revision)
    : IOpenApiExample<VacancyDto>
{
    public static VacancyDto Example => new(
        PlacementExamples.VacancyId, PlacementExamples.EmployerId, "Timmerman (leerwerkplek)", "bouw", "Noord-Brabant",
        "Handig met hout; VCA binnen drie maanden; 32 tot 38 uur per week.", new DateOnly(2027, 4, 5), VacancyStatus.Open, 1);

    public static VacancyDto From(Vacancy v) => new(v.Id, v.EmployerId, v.Title, v.Sector, v.Region, v.Requirements, v.StartsOn, v.Status, v.Revision);
}
