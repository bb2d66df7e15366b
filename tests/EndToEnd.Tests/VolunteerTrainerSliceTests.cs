using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// Volunteers and Courses agree through events only: a volunteer activated in Volunteers becomes a
/// trainer Courses accepts, and a run scheduled in Courses shows in Volunteers until it has a trainer.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VolunteerTrainerSliceTests(SystemFixture system)
{
    [Fact]
    public async Task A_volunteer_activated_in_Volunteers_can_train_a_run_scheduled_in_Courses()
    {
        var gateway = system.Gateway;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var volunteer = await ActivateTrainerAsync(gateway, today);
        var start = today.AddDays(21);
        var run = await PostAsync(gateway, "/api/courses/runs", new
        {
            courseTypeId = "sos-group", facilityId = "pi-vught", capacity = 10,
            sessions = Enumerable.Range(0, 8).Select(week => start.AddDays(7 * week)).ToArray(),
        });
        var runId = run.GetProperty("id").GetGuid();
        await SystemFixture.EventuallyHoldsAsync(async () => (await RunsNeedingTrainersAsync(gateway)).Contains(runId), "the run in Volunteers' list");

        // Courses learns of the volunteer from Volunteers' events; retry until it has.
        await SystemFixture.EventuallyHoldsAsync(async () =>
            (await gateway.PostAsJsonAsync($"/api/courses/runs/{runId}/trainers", new { volunteerId = volunteer })).StatusCode == HttpStatusCode.OK,
            "Courses to accept the trainer");

        await SystemFixture.EventuallyHoldsAsync(async () => !(await RunsNeedingTrainersAsync(gateway)).Contains(runId), "the run to leave Volunteers' list");
    }

    [Fact]
    public async Task The_development_volunteers_load_through_the_gateway_once()
    {
        using var admin = await system.ClientAsAsync("admin");

        var first = await admin.PostAsync("/api/volunteers/development/seed", null);
        var again = await admin.PostAsync("/api/volunteers/development/seed", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var active = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/volunteers?status=Active&pageSize=1");
        Assert.True(active.GetProperty("totalCount").GetInt32() > 300);
    }

    private static async Task<Guid> ActivateTrainerAsync(HttpClient gateway, DateOnly today)
    {
        var route = "/api/volunteers";
        var id = (await PostAsync(gateway, route, new
        {
            appliedOn = today.AddDays(-60), fullName = "Tessa Trainer", email = "tessa@example.org", region = "Noord-Brabant",
            languages = new[] { "nl" }, capacity = 2,
        })).GetProperty("id").GetGuid();
        await PostAsync(gateway, $"{route}/{id}/status", new { status = "Interview", on = today.AddDays(-50) });
        await PostAsync(gateway, $"{route}/{id}/status", new { status = "Vog", on = today.AddDays(-45) });
        var vog = await PostAsync(gateway, $"{route}/{id}/vog-requests", new { requestedOn = today.AddDays(-45) });
        var requestId = vog.GetProperty("vogRequests")[0].GetProperty("id").GetGuid();
        await PostAsync(gateway, $"{route}/{id}/vog-requests/{requestId}/outcome", new { outcome = "Issued", decidedOn = today.AddDays(-30) });
        await PostAsync(gateway, $"{route}/{id}/status", new { status = "Training", on = today.AddDays(-30) });
        await PostAsync(gateway, $"{route}/{id}/trainings", new { training = "SOS-trainerscursus", qualifiesFor = "sos-trainer", completedOn = today.AddDays(-10) });
        (await gateway.PutAsJsonAsync($"{route}/{id}/facility-access/pi-vught", new { grantedOn = today.AddDays(-10) })).EnsureSuccessStatusCode();
        await PostAsync(gateway, $"{route}/{id}/status", new { status = "Active", on = today.AddDays(-5) });
        return id;
    }

    private static async Task<List<Guid>> RunsNeedingTrainersAsync(HttpClient gateway) =>
        [.. (await gateway.GetFromJsonAsync<JsonElement>("/api/volunteers/runs-needing-trainers?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("courseRunId").GetGuid())];

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
