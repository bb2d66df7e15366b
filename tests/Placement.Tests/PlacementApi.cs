using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;

namespace HerstelWerk.Placement.Tests;

/// <summary>Calls on the Placement API, and Courses' events, that several test classes need.</summary>
internal static class PlacementApi
{
    public const string Route = "/api/placement";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A facility id no other test uses, so per-facility figures can be asserted exactly.</summary>
    public static string NewFacilityId() => $"pi-t{Guid.NewGuid():N}"[..20];

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path} gave {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Publishes a participant's registration as Courses would, and waits until Placement holds it.</summary>
    public static async Task<Guid> ParticipantFromCoursesAsync(this ServiceFixture<Program> service, PartnerBus partner, string facilityId, DateOnly? expectedRelease = null)
    {
        var registered = new ParticipantRegisteredV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = Guid.NewGuid(),
            Facility = facilityId, FacilityId = facilityId, ExpectedReleaseDate = expectedRelease ?? Today.AddMonths(3), Revision = 1,
        };
        await partner.PublishAsync(registered, registered.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM participants WHERE participant_id = $1", registered.ParticipantId) == 1, "the participant to arrive");
        return registered.ParticipantId;
    }

    public static CourseCompletedV1 CaoCompletion(Guid participantId, DateOnly completedOn, string courseTypeId = "cao") => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = Guid.NewGuid(), CourseTypeId = courseTypeId,
        ParticipantId = participantId, CompletedOn = completedOn,
    };

    /// <summary>A participant at <paramref name="facilityId"/> who completed CAO, and the candidate Placement made of them.</summary>
    public static async Task<(Guid ParticipantId, Guid CandidateId)> CandidateAfterCaoAsync(
        this ServiceFixture<Program> service, PartnerBus partner, string facilityId, DateOnly completedOn, DateOnly? expectedRelease = null)
    {
        var participantId = await service.ParticipantFromCoursesAsync(partner, facilityId, expectedRelease);
        var completed = CaoCompletion(participantId, completedOn);
        await partner.PublishAsync(completed, completed.EventId);
        var candidateId = await Eventually.ReturnsAsync(() => service.QueryScalarAsync<string>(
            "SELECT id::text FROM candidates WHERE participant_id = $1", participantId), "the candidate to appear");
        return (participantId, Guid.Parse(candidateId));
    }

    public static async Task<Guid> EmployerAsync(this HttpClient client, string organisation = "Logistiek Brabant BV", string sector = "logistiek",
        string region = "Noord-Brabant", bool hiresPeopleWithRecord = true) =>
        (await client.PostOkAsync($"{Route}/employers", new
        {
            organisation, contactPerson = "Petra Verbeek", contactEmail = "petra@logistiek.example", contactPhone = "+31 40 1234567",
            sector, region, hiresPeopleWithRecord,
        })).GetProperty("id").GetGuid();

    public static async Task<Guid> VacancyAsync(this HttpClient client, Guid employerId, string title = "Magazijnmedewerker", DateOnly? startsOn = null,
        string? sector = null, string? region = null) =>
        (await client.PostOkAsync($"{Route}/vacancies", new { employerId, title, sector, region, requirements = "VCA, fysiek werk", startsOn }))
            .GetProperty("id").GetGuid();

    public static async Task<Guid> MatchAsync(this HttpClient client, Guid candidateId, Guid vacancyId, DateOnly? on = null) =>
        (await client.PostOkAsync($"{Route}/placements", new { candidateId, vacancyId, on })).GetProperty("id").GetGuid();

    /// <summary>Reads the candidate's ETag and replaces <paramref name="part"/> (<c>adviser</c> or <c>profile</c>) with it as If-Match.</summary>
    public static async Task<HttpResponseMessage> PutCandidateAsync(this HttpClient client, Guid candidateId, string part, object body)
    {
        var read = await client.GetAsync($"{Route}/candidates/{candidateId}");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"{Route}/candidates/{candidateId}/{part}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        var changed = await client.SendAsync(put);
        changed.EnsureSuccessStatusCode();
        return changed;
    }

    public static Task<JsonElement> StepAsync(this HttpClient client, Guid placementId, object step) =>
        client.PostOkAsync($"{Route}/placements/{placementId}/stages", step);
}
