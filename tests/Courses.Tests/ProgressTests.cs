using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses whose progress gauges refresh every second.</summary>
public sealed class FastProgressCoursesFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Progress:MetricsInterval", "00:00:01")];
}

/// <summary>The figures for the charity's targets: counted by the stated rules, per facility, and on the dashboard.</summary>
public sealed class ProgressTests(FastProgressCoursesFixture service) : IClassFixture<FastProgressCoursesFixture>
{
    private static readonly int Year = DateTime.UtcNow.Year;

    private static string[] Weekly(int count) => [.. Enumerable.Range(0, count).Select(week => new DateOnly(Year, 1, 5).AddDays(7 * week).ToString("yyyy-MM-dd"))];

    [Fact]
    public async Task Figures_follow_their_counting_rules_per_facility_and_survive_erasure()
    {
        // One group SOS run held in full at PI Vught.
        var sosGroup = await ScheduleAsync("sos-group", "pi-vught", 10, 8);
        var group = new[] { await ConsentingAsync("pi-vught"), await ConsentingAsync("pi-vught") };
        await EnrolAsync(sosGroup, group);
        for (var session = 1; session <= 8; session++)
        {
            await AttendAsync(sosGroup, session, group);
        }

        // One individual SOS completed at PI Zwolle.
        var sosIndividual = await ScheduleAsync("sos-individual", "pi-zwolle", 1, 8);
        var single = await ConsentingAsync("pi-zwolle");
        await EnrolAsync(sosIndividual, [single]);
        for (var session = 1; session <= 8; session++)
        {
            await AttendAsync(sosIndividual, session, [single]);
        }

        // Back to the Future: one place, one waiting (who does not count). CAO: three placed at PI Zwolle.
        var bttf = await ScheduleAsync("back-to-the-future", "pi-vught", 1, 4);
        await EnrolAsync(bttf, [await ConsentingAsync("pi-vught"), await ConsentingAsync("pi-vught")]);
        var cao = await ScheduleAsync("cao", "pi-zwolle", 8, 5, "Group");
        var caoParticipants = new[] { await ConsentingAsync("pi-zwolle"), await ConsentingAsync("pi-zwolle"), await ConsentingAsync("pi-zwolle") };
        await EnrolAsync(cao, caoParticipants);

        var progress = await ProgressAsync();

        Assert.Equal((1, 17, 1), Figure(progress, "sosGroupRunsHeld", "pi-vught"));
        Assert.Equal((1, 70, 1), Figure(progress, "sosIndividualCompleted", "pi-zwolle"));
        Assert.Equal((1, 48, 1), Figure(progress, "backToTheFutureParticipants", "pi-vught"));
        Assert.Equal((3, 44, 3), Figure(progress, "caoParticipants", "pi-zwolle"));

        using var admin = service.ClientAs(Roles.Admin);
        (await admin.PostAsync($"{CoursesApi.Participants}/{caoParticipants[0]}/erasure", null)).EnsureSuccessStatusCode();
        Assert.Equal(progress.GetRawText(), (await ProgressAsync()).GetRawText());

        // The same figures reach the dashboard as gauges.
        await Eventually.HoldsAsync(() => Task.FromResult(Gauge("caoParticipants", "all") == 3 && Gauge("sosGroupRunsHeld", "pi-vught") == 1),
            "the progress gauges to show the figures");
    }

    private static (int Total, int Target, int AtFacility) Figure(JsonElement progress, string name, string facility)
    {
        var figure = progress.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == name);
        Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("countingRule").GetString()));
        return (figure.GetProperty("total").GetInt32(), figure.GetProperty("target").GetInt32(), figure.GetProperty("byFacility").GetProperty(facility).GetInt32());
    }

    private int? Gauge(string figure, string facility) =>
        (int?)ProgressGaugeReader.Read(service.Services, "herstelwerk.courses.progress", figure, facility);

    private async Task<JsonElement> ProgressAsync() => await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/progress?year={Year}");

    private async Task<Guid> ScheduleAsync(string courseTypeId, string facilityId, int capacity, int sessions, string? format = null)
    {
        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", new { courseTypeId, facilityId, format, capacity, sessions = Weekly(sessions) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ConsentingAsync(string facilityId)
    {
        var id = await service.RegisterAsync(facilityId: facilityId);
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents",
            new { purpose = "Participation", givenOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task EnrolAsync(Guid runId, IEnumerable<Guid> participants)
    {
        foreach (var id in participants)
        {
            (await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = id })).EnsureSuccessStatusCode();
        }
    }

    private async Task AttendAsync(Guid runId, int session, IEnumerable<Guid> present) =>
        (await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/{session}/attendance", new
        {
            heldOn = Weekly(8)[session - 1],
            attendance = present.Select(id => new { participantId = id, presence = "Present" }).ToArray(),
        })).EnsureSuccessStatusCode();
}
