namespace HerstelWerk.Web.Gateway;

/// <summary>
/// Aftercare for coordinators: the overdue list, all trajectories, and one trajectory's contact log,
/// basic conditions, extension and closing. Changes to a trajectory send the ETag it was read with.
/// </summary>
public sealed class AftercareClient(HttpClient http)
{
    private const string Trajectories = "/api/aftercare/trajectories";

    public Task<ApiResult<Page<OverdueTrajectory>>> OverdueAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<OverdueTrajectory>>(http, $"/api/aftercare/overdue?page={page}&pageSize=25", cancellationToken);

    public Task<ApiResult<Page<TrajectorySummary>>> TrajectoriesAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<TrajectorySummary>>(http, $"{Trajectories}?page={page}&pageSize=25", cancellationToken);

    public Task<ApiResult<Trajectory>> TrajectoryAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Trajectory>(http, $"{Trajectories}/{id}", cancellationToken);

    public Task<ApiResult<Page<Contact>>> ContactsAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Contact>>(http, $"{Trajectories}/{id}/contacts?page=1&pageSize=50", cancellationToken);

    public Task<ApiResult<Page<Contact>>> EmployerContactsAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Contact>>(http, $"{Trajectories}/{id}/employer-contacts?page=1&pageSize=50", cancellationToken);

    /// <summary>Placement keeps the employer's name (Aftercare knows the id only, from the job events).</summary>
    public Task<ApiResult<EmployerName>> EmployerAsync(Guid employerId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<EmployerName>(http, $"/api/placement/employers/{employerId}", cancellationToken);

    /// <summary>Contacts are only added, so they need no ETag (Aftercare applies a raced one again on fresh data).</summary>
    public Task<ApiResult<Contact>> LogEmployerContactAsync(Guid id, EmployerContactRequest contact, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Contact>(http, $"{Trajectories}/{id}/employer-contacts", contact, cancellationToken);

    public Task<ApiResult<Trajectory>> RecordConditionAsync(Guid id, string condition, string status, DateOnly? on, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Trajectory>(http, $"{Trajectories}/{id}/conditions", new { condition, status, on }, cancellationToken, ifMatch: etag);

    public Task<ApiResult<Trajectory>> ExtendAsync(Guid id, DateOnly? plannedEndOn, string? reason, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Trajectory>(http, $"{Trajectories}/{id}/extension", new { plannedEndOn, reason }, cancellationToken, ifMatch: etag);

    public Task<ApiResult<Trajectory>> CloseAsync(Guid id, string outcome, DateOnly? closedOn, string? reason, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Trajectory>(http, $"{Trajectories}/{id}/closure", new { outcome, closedOn, reason }, cancellationToken, ifMatch: etag);
}
