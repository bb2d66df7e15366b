namespace HerstelWerk.Web.Gateway;

/// <summary>Aftercare for coordinators: the overdue list.</summary>
public sealed class AftercareClient(HttpClient http)
{
    public Task<ApiResult<Page<OverdueTrajectory>>> OverdueAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<OverdueTrajectory>>(http, $"/api/aftercare/overdue?page={page}&pageSize=25", cancellationToken);
}
