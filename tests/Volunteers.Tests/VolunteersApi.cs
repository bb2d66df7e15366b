using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Calls on the Volunteers API that several test classes make.</summary>
internal static class VolunteersApi
{
    public const string Route = "/api/volunteers";

    public static object Profile(
        string fullName = "Anna de Vries", string region = "Noord-Brabant", int capacity = 2, string[]? languages = null, DateOnly? appliedOn = null, string? email = null) => new
    {
        appliedOn,
        fullName,
        email = email ?? EmailOf(fullName),
        phone = "+31 6 12345678",
        region,
        languages = languages ?? ["nl"],
        capacity,
        availability = "dinsdagavond",
    };

    /// <summary>The address <see cref="Profile"/> gives a volunteer unless told another.</summary>
    public static string EmailOf(string fullName) => $"{fullName.Replace(' ', '.').ToLowerInvariant()}@example.org";

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

    /// <summary>Takes a volunteer from application to active: interview, VOG issued on <paramref name="vogIssuedOn"/>, training, pass.</summary>
    public static async Task<Guid> ActiveVolunteerAsync(
        this ServiceFixture<Program> service, DateOnly vogIssuedOn, string fullName = "Anna de Vries", int capacity = 2,
        string facilityId = "pi-vught", string role = "visitor", string region = "Noord-Brabant")
    {
        var start = vogIssuedOn.AddDays(-30);
        var id = (await service.Client.PostOkAsync(Route, Profile(fullName, region, capacity, appliedOn: start))).GetProperty("id").GetGuid();
        await service.Client.PostOkAsync($"{Route}/{id}/status", new { status = "Interview", on = start });
        await service.Client.PostOkAsync($"{Route}/{id}/status", new { status = "Vog", on = start.AddDays(1) });
        var vog = await service.Client.PostOkAsync($"{Route}/{id}/vog-requests", new { requestedOn = start.AddDays(1) });
        var requestId = vog.GetProperty("vogRequests")[0].GetProperty("id").GetGuid();
        await service.Client.PostOkAsync($"{Route}/{id}/vog-requests/{requestId}/outcome", new { outcome = "Issued", decidedOn = vogIssuedOn });
        await service.Client.PostOkAsync($"{Route}/{id}/status", new { status = "Training", on = vogIssuedOn });
        await service.Client.PostOkAsync($"{Route}/{id}/trainings", new { training = "Basistraining", qualifiesFor = role, completedOn = vogIssuedOn });
        (await service.Client.PutAsJsonAsync($"{Route}/{id}/facility-access/{facilityId}", new { grantedOn = vogIssuedOn })).EnsureSuccessStatusCode();
        await service.Client.PostOkAsync($"{Route}/{id}/status", new { status = "Active", on = vogIssuedOn });
        return id;
    }

    /// <summary>Publishes a participant's registration as Courses would, and waits until Volunteers holds it.</summary>
    public static async Task<Guid> ParticipantFromCoursesAsync(this ServiceFixture<Program> service, PartnerBus partner, string facilityId = "pi-vught")
    {
        var registered = new ParticipantRegisteredV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = Guid.NewGuid(),
            Facility = facilityId, FacilityId = facilityId, ExpectedReleaseDate = new DateOnly(2027, 6, 1), Revision = 1,
        };
        await partner.PublishAsync(registered, registered.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM participants WHERE participant_id = $1", registered.ParticipantId) == 1, "the participant to arrive");
        return registered.ParticipantId;
    }
}
