using System.Net.Http.Headers;

namespace HerstelWerk.Web.Gateway;

/// <summary>What admins do (Beheer): importing volunteers, erasing a participant, running a job now, the audit log, facilities and course rules.</summary>
public sealed class AdminClient(HttpClient http)
{
    private const string Imports = "/api/volunteers/imports";

    /// <summary>Sends the file as it is; <paramref name="dryRun"/> checks every row and saves nothing.</summary>
    public Task<ApiResult<VolunteerImportReport>> ImportVolunteersAsync(ImportFile file, bool dryRun, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Imports}?dryRun={(dryRun ? "true" : "false")}") { Content = content };
        return GatewayCall.SendAsync<VolunteerImportReport>(http, request, cancellationToken);
    }

    /// <summary>The template to start from, as Volunteers writes it (so its columns are the importer's).</summary>
    public async Task<byte[]?> ImportTemplateAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{Imports}/template", cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync(cancellationToken) : null;
    }

    /// <summary>Erases the participant's personal data in Courses, and through its event everywhere; repeating it changes nothing.</summary>
    public Task<ApiResult<Participant>> EraseParticipantAsync(Guid participantId, CancellationToken cancellationToken) =>
        GatewayCall.SendAsync<Participant>(http, new HttpRequestMessage(HttpMethod.Post, $"/api/courses/participants/{participantId}/erasure"), cancellationToken);

    public Task<ApiResult<List<ScheduledJob>>> JobsAsync(string service, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<List<ScheduledJob>>(http, $"/api/{service}/jobs", cancellationToken);

    /// <summary>Runs the job once now, on the business date; the run is in the service's audit log.</summary>
    public Task<ApiResult<JobRun>> RunJobAsync(string service, string job, CancellationToken cancellationToken) =>
        GatewayCall.SendAsync<JobRun>(http, new HttpRequestMessage(HttpMethod.Post, $"/api/{service}/jobs/{Uri.EscapeDataString(job)}/runs"), cancellationToken);

    /// <summary>One page of a service's audit log, newest first.</summary>
    public Task<ApiResult<Page<AuditEntry>>> AuditAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("page", filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add("pageSize", "25");
        if (filter.ParticipantId is { } participantId)
        {
            query = query.Add("participantId", participantId.ToString());
        }

        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            query = query.Add("userId", filter.UserId.Trim());
        }

        return GatewayCall.GetAsync<Page<AuditEntry>>(http, $"/api/{filter.Service}/audit{query}", cancellationToken);
    }

    public Task<ApiResult<FacilitiesClient.Facility>> FacilityAsync(string facilityId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<FacilitiesClient.Facility>(http, $"/api/courses/facilities/{Uri.EscapeDataString(facilityId)}", cancellationToken);

    public Task<ApiResult<FacilitiesClient.Facility>> AddFacilityAsync(NewFacility facility, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<FacilitiesClient.Facility>(http, "/api/courses/facilities", facility, cancellationToken);

    /// <summary>Corrects a facility with the ETag it was read with (412 when someone changed it since).</summary>
    public Task<ApiResult<FacilitiesClient.Facility>> UpdateFacilityAsync(string facilityId, FacilityEdit edit, string etag, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<FacilitiesClient.Facility>(http, $"/api/courses/facilities/{Uri.EscapeDataString(facilityId)}", edit, etag, cancellationToken);

    public Task<ApiResult<List<CourseTypeRules>>> CourseTypesAsync(CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<List<CourseTypeRules>>(http, "/api/courses/course-types", cancellationToken);

    /// <summary>New numbers for a course, based on the version read (its If-Match, in quotes).</summary>
    public Task<ApiResult<CourseTypeRules>> UpdateRulesAsync(string courseTypeId, CourseTypeRulesEdit edit, uint version, CancellationToken cancellationToken) =>
        GatewayCall.PutAsync<CourseTypeRules>(http, $"/api/courses/course-types/{Uri.EscapeDataString(courseTypeId)}/rules", edit,
            $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"", cancellationToken);

    private const string Identity = "/api/identity";

    /// <summary>One page of the sign-in accounts, by name.</summary>
    public Task<ApiResult<Page<Account>>> AccountsAsync(int page, string? search, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Account>>(http,
            $"{Identity}/accounts?page={page}&pageSize=25{(string.IsNullOrWhiteSpace(search) ? "" : "&search=" + Uri.EscapeDataString(search.Trim()))}", cancellationToken);

    /// <summary>Makes the account and mails the one-time link (72 hours).</summary>
    public Task<ApiResult<Account>> InviteAsync(NewInvitation invitation, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Account>(http, $"{Identity}/invitations", invitation, cancellationToken);

    public Task<ApiResult<Account>> InviteAgainAsync(Guid accountId, CancellationToken cancellationToken) =>
        GatewayCall.SendAsync<Account>(http, new HttpRequestMessage(HttpMethod.Post, $"{Identity}/accounts/{accountId}/invitation"), cancellationToken);

    /// <summary>Disables the account and revokes its tokens at once; <paramref name="enable"/> turns a member of staff's back on.</summary>
    public Task<ApiResult<Account>> SetAccountEnabledAsync(Guid accountId, bool enable, CancellationToken cancellationToken) =>
        GatewayCall.SendAsync<Account>(http, new HttpRequestMessage(HttpMethod.Post, $"{Identity}/accounts/{accountId}/{(enable ? "enable" : "disable")}"), cancellationToken);
}
