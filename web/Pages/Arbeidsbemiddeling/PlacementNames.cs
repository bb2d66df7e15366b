using HerstelWerk.Web.Gateway;

namespace HerstelWerk.Web.Pages.Arbeidsbemiddeling;

/// <summary>
/// Employers' and vacancies' names for pages that show pipelines, which carry ids only. Placement's
/// lists hold tens of employers and vacancies, so the first hundred of each cover them; beyond that a
/// card shows the start of the id.
/// </summary>
public sealed class PlacementNames
{
    private readonly Dictionary<Guid, string> _employers;
    private readonly Dictionary<Guid, string> _vacancies;

    private PlacementNames(IEnumerable<Employer> employers, IEnumerable<Vacancy> vacancies)
    {
        _employers = employers.ToDictionary(e => e.Id, e => e.Organisation);
        _vacancies = vacancies.ToDictionary(v => v.Id, v => v.Title);
    }

    public static readonly PlacementNames None = new([], []);

    public static async Task<PlacementNames> LoadAsync(EmployersClient client, CancellationToken cancellationToken)
    {
        var employers = client.EmployersAsync(null, 1, cancellationToken, pageSize: 100);
        var vacancies = client.VacanciesAsync(null, null, 1, cancellationToken, pageSize: 100);
        return new PlacementNames((await employers).Value?.Items ?? [], (await vacancies).Value?.Items ?? []);
    }

    public string Employer(Guid id) => _employers.GetValueOrDefault(id) ?? PlacementChoices.ShortId(id);

    public string Vacancy(Guid id) => _vacancies.GetValueOrDefault(id) ?? PlacementChoices.ShortId(id);
}
