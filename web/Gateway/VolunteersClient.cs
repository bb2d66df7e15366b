using System.Globalization;

namespace HerstelWerk.Web.Gateway;

/// <summary>Volunteers for coordinators: the list, one volunteer with their lifecycle, VOG, passes, trainings and assignments, matching, and the hours.</summary>
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

    public Task<ApiResult<Volunteer>> RequestVogAsync(Guid id, DateOnly? requestedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Volunteer>(http, $"{Path}/{id}/vog-requests", new { requestedOn }, cancellationToken);

    public Task<ApiResult<Volunteer>> DecideVogAsync(Guid id, Guid requestId, string outcome, DateOnly? decidedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Volunteer>(http, $"{Path}/{id}/vog-requests/{requestId}/outcome", new { outcome, decidedOn }, cancellationToken);

    /// <summary>Grants or renews the pass for one PI; the pass is set whole, so no ETag.</summary>
    public Task<ApiResult<Volunteer>> GrantPassAsync(Guid id, string facilityId, DateOnly? grantedOn, DateOnly? endsOn, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<Volunteer>(http, $"{Path}/{id}/facility-access/{Uri.EscapeDataString(facilityId)}", new { grantedOn, endsOn }, null, cancellationToken);

    public Task<ApiResult<Volunteer>> RevokePassAsync(Guid id, string facilityId, DateOnly revokedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Volunteer>(http, $"{Path}/{id}/facility-access/{Uri.EscapeDataString(facilityId)}/revocation", new { revokedOn }, cancellationToken);

    public Task<ApiResult<Volunteer>> RecordTrainingAsync(Guid id, string? training, string? qualifiesFor, DateOnly? completedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Volunteer>(http, $"{Path}/{id}/trainings", new { training, qualifiesFor, completedOn }, cancellationToken);

    public Task<ApiResult<Assignment>> AssignAsync(Guid id, Guid participantId, string role, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Assignment>(http, $"{Path}/{id}/assignments", new { participantId, role }, cancellationToken);

    public Task<ApiResult<Assignment>> EndAssignmentAsync(Guid id, Guid assignmentId, DateOnly endedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Assignment>(http, $"{Path}/{id}/assignments/{assignmentId}/end", new { endedOn }, cancellationToken);

    /// <summary>Volunteers for a participant and role, best first; region and language are the coordinator's, to prefer a match.</summary>
    public Task<ApiResult<Page<Suggestion>>> SuggestionsAsync(Guid participantId, string role, string? region, string? language, CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("participantId", participantId.ToString()).Add("role", role).Add("pageSize", "10");
        if (!string.IsNullOrWhiteSpace(region))
        {
            query = query.Add("region", region.Trim());
        }

        if (!string.IsNullOrWhiteSpace(language))
        {
            query = query.Add("language", language.Trim());
        }

        return GatewayCall.GetAsync<Page<Suggestion>>(http, $"{Path}/suggestions{query}", cancellationToken);
    }

    public Task<ApiResult<Page<BuddyRequest>>> BuddyRequestsAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<BuddyRequest>>(http, $"{Path}/buddy-requests?page={page}&pageSize=25", cancellationToken);

    /// <summary>Volunteers Courses would accept as trainers of the run, best first, with their reasons.</summary>
    public Task<ApiResult<Page<Suggestion>>> TrainerSuggestionsAsync(Guid runId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Suggestion>>(http, $"{Path}/runs/{runId}/trainer-suggestions?pageSize=10", cancellationToken);

    public Task<ApiResult<HoursStatement>> HoursAsync(int year, int page, Guid? volunteerId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<HoursStatement>(http, HoursPath("hours", year, volunteerId) + $"&page={page}&pageSize=25", cancellationToken);

    /// <summary>The statement as the API's CSV file, for the console to pass on to the browser as it comes.</summary>
    public async Task<HttpResponseMessage> HoursCsvAsync(int year, Guid? volunteerId, CancellationToken cancellationToken) =>
        await http.GetAsync(HoursPath("hours/csv", year, volunteerId), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private static string HoursPath(string what, int year, Guid? volunteerId) =>
        $"{Path}/{what}?year={year}" + (volunteerId is { } id ? $"&volunteerId={id}" : "");
}
