using System.Globalization;

namespace HerstelWerk.Web.Gateway;

/// <summary>Placement's candidates and their pipelines: the board, a candidate, stage steps, suggestions and retention checks.</summary>
public sealed class PlacementClient(HttpClient http)
{
    private const string Candidates = "/api/placement/candidates";
    private const string Placements = "/api/placement/placements";

    public Task<ApiResult<Page<CandidateSummary>>> CandidatesAsync(CandidateFilter filter, CancellationToken cancellationToken)
    {
        var query = Paging(filter.Page, filter.PageSize);
        if (!string.IsNullOrWhiteSpace(filter.AdviserId))
        {
            query = query.Add("adviserId", filter.AdviserId);
        }

        if (filter.Unassigned)
        {
            query = query.Add("unassigned", "true");
        }

        if (!string.IsNullOrWhiteSpace(filter.FacilityId))
        {
            query = query.Add("facilityId", filter.FacilityId);
        }

        return GatewayCall.GetAsync<Page<CandidateSummary>>(http, Candidates + query, cancellationToken);
    }

    public Task<ApiResult<Candidate>> CandidateAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Candidate>(http, $"{Candidates}/{id}", cancellationToken);

    public Task<ApiResult<Candidate>> UpdateProfileAsync(Guid id, WorkProfile profile, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Candidate>(http, $"{Candidates}/{id}/profile", profile, etag, cancellationToken);

    public Task<ApiResult<Candidate>> AssignAdviserAsync(Guid id, string? adviserId, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Candidate>(http, $"{Candidates}/{id}/adviser", new { adviserId }, etag, cancellationToken);

    public Task<ApiResult<Page<VacancySuggestion>>> VacanciesForAsync(Guid candidateId, int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<VacancySuggestion>>(http, $"{Candidates}/{candidateId}/suggestions{Paging(page, 10)}", cancellationToken);

    public Task<ApiResult<Page<CandidateSuggestion>>> CandidatesForAsync(Guid vacancyId, int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<CandidateSuggestion>>(http, $"/api/placement/vacancies/{vacancyId}/suggestions{Paging(page, 10)}", cancellationToken);

    /// <summary>Pipelines, latest step first; the board asks for the running ones only.</summary>
    public Task<ApiResult<Page<Pipeline>>> PipelinesAsync(Guid? candidateId, bool openOnly, int page, CancellationToken cancellationToken, int pageSize = 100)
    {
        var query = Paging(page, pageSize).Add("openOnly", openOnly ? "true" : "false");
        if (candidateId is { } id)
        {
            query = query.Add("candidateId", id.ToString());
        }

        return GatewayCall.GetAsync<Page<Pipeline>>(http, Placements + query, cancellationToken);
    }

    public Task<ApiResult<Pipeline>> MatchAsync(Guid candidateId, Guid vacancyId, DateOnly on, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Pipeline>(http, Placements, new { candidateId, vacancyId, on }, cancellationToken);

    public Task<ApiResult<Pipeline>> MoveAsync(Guid placementId, StageRequest step, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Pipeline>(http, $"{Placements}/{placementId}/stages", step, cancellationToken);

    public Task<ApiResult<Page<RetentionCheck>>> RetentionChecksAsync(string? adviserId, int page, CancellationToken cancellationToken)
    {
        var query = Paging(page, 25);
        if (!string.IsNullOrWhiteSpace(adviserId))
        {
            query = query.Add("adviserId", adviserId);
        }

        return GatewayCall.GetAsync<Page<RetentionCheck>>(http, "/api/placement/retention-checks" + query, cancellationToken);
    }

    internal static QueryString Paging(int page, int pageSize) =>
        new QueryString().Add("page", page.ToString(CultureInfo.InvariantCulture)).Add("pageSize", pageSize.ToString(CultureInfo.InvariantCulture));
}
