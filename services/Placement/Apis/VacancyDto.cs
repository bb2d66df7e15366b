using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

public sealed record VacancyDto(
    Guid Id, Guid EmployerId, string Title, string Sector, string Region, string Requirements, DateOnly? StartsOn, VacancyStatus Status, int Revision)
{
    public static VacancyDto From(Vacancy v) => new(v.Id, v.EmployerId, v.Title, v.Sector, v.Region, v.Requirements, v.StartsOn, v.Status, v.Revision);
}
