using System.Net.Http.Headers;

namespace HerstelWerk.Web.Gateway;

/// <summary>What admins do (Beheer): importing volunteers from a spreadsheet and erasing a participant.</summary>
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
}
