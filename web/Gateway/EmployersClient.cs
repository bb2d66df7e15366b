namespace HerstelWerk.Web.Gateway;

/// <summary>Placement's employers, their vacancies and their visits inside a PI.</summary>
public sealed class EmployersClient(HttpClient http)
{
    private const string Employers = "/api/placement/employers";
    private const string Vacancies = "/api/placement/vacancies";
    private const string Visits = "/api/placement/visits";

    public Task<ApiResult<Page<Employer>>> EmployersAsync(string? search, int page, CancellationToken cancellationToken, int pageSize = 25)
    {
        var query = PlacementClient.Paging(page, pageSize);
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Add("search", search.Trim());
        }

        return GatewayCall.GetAsync<Page<Employer>>(http, Employers + query, cancellationToken);
    }

    public Task<ApiResult<Employer>> EmployerAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Employer>(http, $"{Employers}/{id}", cancellationToken);

    public Task<ApiResult<Employer>> CreateEmployerAsync(EmployerRequest employer, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Employer>(http, Employers, employer, cancellationToken);

    public Task<ApiResult<Employer>> UpdateEmployerAsync(Guid id, EmployerRequest employer, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Employer>(http, $"{Employers}/{id}", employer, etag, cancellationToken);

    public Task<ApiResult<Page<Vacancy>>> VacanciesAsync(string? status, Guid? employerId, int page, CancellationToken cancellationToken, int pageSize = 25)
    {
        var query = PlacementClient.Paging(page, pageSize);
        if (!string.IsNullOrWhiteSpace(status))
        {
            query = query.Add("status", status);
        }

        if (employerId is { } id)
        {
            query = query.Add("employerId", id.ToString());
        }

        return GatewayCall.GetAsync<Page<Vacancy>>(http, Vacancies + query, cancellationToken);
    }

    public Task<ApiResult<Vacancy>> VacancyAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Vacancy>(http, $"{Vacancies}/{id}", cancellationToken);

    public Task<ApiResult<Vacancy>> CreateVacancyAsync(VacancyRequest vacancy, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Vacancy>(http, Vacancies, vacancy, cancellationToken);

    public Task<ApiResult<Vacancy>> UpdateVacancyAsync(Guid id, VacancyRequest vacancy, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Vacancy>(http, $"{Vacancies}/{id}", vacancy, etag, cancellationToken);

    public Task<ApiResult<Page<Visit>>> VisitsAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Visit>>(http, Visits + PlacementClient.Paging(page, 25), cancellationToken);

    public Task<ApiResult<Visit>> VisitAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Visit>(http, $"{Visits}/{id}", cancellationToken);

    public Task<ApiResult<Visit>> PlanVisitAsync(VisitRequest visit, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Visit>(http, Visits, visit, cancellationToken);

    public Task<ApiResult<Visit>> RecordOutcomeAsync(Guid visitId, Guid candidateId, string outcome, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Visit>(http, $"{Visits}/{visitId}/candidates/{candidateId}/outcome", new { outcome }, cancellationToken);
}
