namespace HerstelWerk.Web.Gateway;

/// <summary><c>GET /api/{service}/progress?year=</c> of the four services.</summary>
public sealed class ProgressClient(HttpClient http)
{
    public static readonly string[] Services = ["courses", "placement", "aftercare", "volunteers"];

    public Task<ApiResult<ProgressReport>> ForAsync(string service, int year, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<ProgressReport>(http, $"/api/{service}/progress?year={year}", cancellationToken);
}
