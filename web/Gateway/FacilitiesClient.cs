namespace HerstelWerk.Web.Gateway;

/// <summary>The facility reference list (<c>GET /api/courses/facilities</c>): PIs, FPCs and others.</summary>
public sealed class FacilitiesClient(HttpClient http)
{
    public sealed record Facility(string Id, string Name, string Kind, string City, bool IsActive);

    public Task<ApiResult<Page<Facility>>> ListAsync(CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Facility>>(http, "/api/courses/facilities?page=1&pageSize=100", cancellationToken);
}
