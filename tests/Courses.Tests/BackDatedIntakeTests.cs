using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// Someone held since 2024 who joins today is a normal case: the intake takes the day the current stay
/// began, a release may be dated from then on, and consent given at the intake is recorded with it.
/// </summary>
public sealed class BackDatedIntakeTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_participant_held_since_2024_can_be_released_on_a_day_before_their_intake()
    {
        var id = await RegisterAsync(new { currentStayBeganOn = "2024-05-13" });
        var releasedOn = Today.AddDays(-10).ToString("yyyy-MM-dd");

        var release = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/release", new { releasedOn });

        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        var history = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/history");
        var stay = Assert.Single(history.GetProperty("locations").EnumerateArray());
        Assert.Equal(("2024-05-13", releasedOn), (stay.GetProperty("from").GetString(), stay.GetProperty("until").GetString()));
        // Recorded after the intake but dated before it, the release is what held from then on.
        foreach (var day in new[] { Today.AddDays(-5), Today.AddDays(1) })
        {
            var status = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/status?on={day:yyyy-MM-dd}");
            Assert.Equal("Released", status.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_release_before_the_stay_began_and_a_stay_beginning_tomorrow_are_refused_with_the_rule()
    {
        var id = await RegisterAsync(new { currentStayBeganOn = "2025-01-06" });

        var early = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/release", new { releasedOn = "2025-01-05" });
        var future = await service.Client.PostAsJsonAsync(CoursesApi.Participants, Intake(new { currentStayBeganOn = Today.AddDays(1).ToString("yyyy-MM-dd") }));

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("2025-01-06", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, future.StatusCode);
        Assert.Contains("current stay", await future.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_intake_call_records_the_consent_given_with_it_so_the_participant_can_enrol_at_once()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        var givenOn = Today.ToString("yyyy-MM-dd");
        var id = await RegisterAsync(new { consents = new[] { new { purpose = "Participation", givenOn }, new { purpose = "PartnerSharing", givenOn } } });
        var run = await service.Client.PostAsJsonAsync("/api/courses/runs", new
        {
            courseTypeId = "cao", facilityId = "pi-alphen", format = "Group", capacity = 8,
            sessions = Enumerable.Range(1, 5).Select(week => Today.AddDays(7 * week).ToString("yyyy-MM-dd")).ToArray(),
        });
        var runId = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var consents = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/consents");
        var enrolment = await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = id });

        Assert.Equal(["Participation", "PartnerSharing"], consents.EnumerateArray().Select(c => c.GetProperty("purpose").GetString()));
        Assert.All(consents.EnumerateArray(), c => Assert.Equal("test-coordinator", c.GetProperty("recordedBy").GetString()));
        Assert.Equal(HttpStatusCode.Created, enrolment.StatusCode);
        var registered = await partner.ReceivedOf<ParticipantRegisteredV1>().WaitForAsync(e => e.ParticipantId == id, "ParticipantRegisteredV1");
        Assert.Equal(1, registered.Message.Revision);
    }

    [Fact]
    public async Task An_intake_consent_without_its_day_is_a_400_that_names_the_field()
    {
        var response = await service.Client.PostAsJsonAsync(CoursesApi.Participants, Intake(new { consents = new[] { new { purpose = "Participation" } } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("consents", out _));
    }

    private async Task<Guid> RegisterAsync(object extra)
    {
        var response = await service.Client.PostAsJsonAsync(CoursesApi.Participants, Intake(extra));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The usual intake with <paramref name="extra"/>'s fields added.</summary>
    private static JsonElement Intake(object extra)
    {
        var intake = JsonSerializer.SerializeToNode(CoursesApi.NewIntake(), JsonSerializerOptions.Web)!.AsObject();
        foreach (var (name, value) in JsonSerializer.SerializeToNode(extra, JsonSerializerOptions.Web)!.AsObject())
        {
            intake[name] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToElement(intake);
    }
}
