namespace HerstelWerk.Web.Gateway;

/// <summary>
/// A volunteer's own work: their record and hours in Volunteers, the trajectories they are buddy of in
/// Aftercare and the contacts they log. The services decide what is theirs; this client only asks.
/// </summary>
public sealed class MyWorkClient(HttpClient http)
{
    public Task<ApiResult<MyRecord>> MeAsync(CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<MyRecord>(http, "/api/volunteers/me", cancellationToken);

    public Task<ApiResult<MyHours>> HoursAsync(int year, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<MyHours>(http, $"/api/volunteers/me/hours?year={year}", cancellationToken);

    public Task<ApiResult<Page<TrajectorySummary>>> TrajectoriesAsync(CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<TrajectorySummary>>(http, "/api/aftercare/me/trajectories?page=1&pageSize=100", cancellationToken);

    public Task<ApiResult<Trajectory>> TrajectoryAsync(Guid trajectoryId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Trajectory>(http, $"/api/aftercare/trajectories/{trajectoryId}", cancellationToken);

    public Task<ApiResult<Contact>> LogContactAsync(Guid trajectoryId, ContactRequest contact, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Contact>(http, $"/api/aftercare/trajectories/{trajectoryId}/contacts", contact, cancellationToken);
}
