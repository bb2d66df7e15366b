namespace HerstelWerk.Web.Gateway;

/// <summary>Courses' participants: the list, an intake, one participant with history and consents.</summary>
public sealed class ParticipantsClient(HttpClient http)
{
    private const string Path = "/api/courses/participants";

    public Task<ApiResult<Page<Participant>>> ListAsync(ParticipantFilter filter, CancellationToken cancellationToken)
    {
        var query = new QueryString()
            .Add("page", filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("pageSize", filter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            query = query.Add("search", filter.Search.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.FacilityId))
        {
            query = query.Add("facilityId", filter.FacilityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query = query.Add("status", filter.Status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Sort))
        {
            query = query.Add("sort", filter.Sort);
        }

        return GatewayCall.GetAsync<Page<Participant>>(http, Path + query, cancellationToken);
    }

    /// <summary>The form's key makes a double click, or a retry after a lost answer, one intake.</summary>
    public Task<ApiResult<Participant>> RegisterAsync(IntakeRequest intake, string idempotencyKey, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Participant>(http, Path, intake, cancellationToken, idempotencyKey);

    public Task<ApiResult<Participant>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Participant>(http, $"{Path}/{id}", cancellationToken);

    public Task<ApiResult<ParticipantHistory>> HistoryAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<ParticipantHistory>(http, $"{Path}/{id}/history", cancellationToken);

    public Task<ApiResult<List<Consent>>> ConsentsAsync(Guid id, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<List<Consent>>(http, $"{Path}/{id}/consents", cancellationToken);

    public Task<ApiResult<Participant>> UpdateAsync(Guid id, ParticipantEdit edit, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Participant>(http, $"{Path}/{id}", edit, etag, cancellationToken);

    public Task<ApiResult<Participant>> ReleaseAsync(Guid id, DateOnly? releasedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Participant>(http, $"{Path}/{id}/release", new { releasedOn }, cancellationToken);

    public Task<ApiResult<Participant>> TransferAsync(Guid id, string? facilityId, DateOnly? transferredOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Participant>(http, $"{Path}/{id}/transfers", new { facilityId, transferredOn }, cancellationToken);

    public Task<ApiResult<List<Consent>>> RecordConsentAsync(Guid id, string purpose, DateOnly? givenOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<List<Consent>>(http, $"{Path}/{id}/consents", new { purpose, givenOn }, cancellationToken);

    public Task<ApiResult<Participant>> WithdrawConsentAsync(Guid id, DateOnly? withdrawnOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Participant>(http, $"{Path}/{id}/consents/withdrawal", new { withdrawnOn }, cancellationToken);
}
