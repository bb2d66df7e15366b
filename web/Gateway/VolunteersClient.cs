using System.Globalization;

namespace HerstelWerk.Web.Gateway;

/// <summary>Volunteers for coordinators: the list, one volunteer, and a step in their lifecycle.</summary>
public sealed class VolunteersClient(HttpClient http)
{
    private const string Path = "/api/volunteers";

    public Task<ApiResult<Page<VolunteerSummary>>> ListAsync(VolunteerFilter filter, CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("page", filter.Page.ToString(CultureInfo.InvariantCulture)).Add("pageSize", "25");
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            query = query.Add("search", filter.Search.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query = query.Add("status", filter.Status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Vog))
        {
            query = query.Add("vog", filter.Vog);
        }

        return GatewayCall.GetAsync<Page<VolunteerSummary>>(http, Path + query, cancellationToken);
    }

    public Task<ApiResult<Volunteer>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Volunteer>(http, $"{Path}/{id}", cancellationToken);

    public Task<ApiResult<Volunteer>> StepAsync(Guid id, string status, DateOnly on, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Volunteer>(http, $"{Path}/{id}/status", new { status, on }, cancellationToken);
}
