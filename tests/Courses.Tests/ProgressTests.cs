using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

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
        // Per month, cumulative: the group run's last session was on 23 February.
        var runsByMonth = ByMonth(progress, "sosGroupRunsHeld");
        Assert.Equal(DateTime.UtcNow.Month, runsByMonth.Count);
        Assert.Equal(0, runsByMonth[0]);
        Assert.All(runsByMonth.Skip(1), value => Assert.Equal(1, value));
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

    [Fact]
    public async Task A_year_without_targets_reports_them_as_null_and_a_future_year_has_no_months_yet()
    {
        var next = await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/progress?year={Year + 1}");

        Assert.Equal(Year + 1, next.GetProperty("year").GetInt32());
        Assert.Equal(["sosGroupRunsHeld", "sosIndividualCompleted", "backToTheFutureParticipants", "caoParticipants"],
            next.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.All(next.GetProperty("figures").EnumerateArray(), figure =>
        {
            Assert.Equal(JsonValueKind.Null, figure.GetProperty("target").ValueKind);
            Assert.Equal(0, figure.GetProperty("value").GetDouble());
            Assert.Equal(0, figure.GetProperty("byMonth").GetArrayLength());
        });
    }

    private static JsonElement FigureOf(JsonElement progress, string id) =>
        progress.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    private static (int Total, int Target, int AtFacility) Figure(JsonElement progress, string id, string facility)
    {
        var figure = FigureOf(progress, id);
        Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("countingRule").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("label").GetString()));
        Assert.Equal("Count", figure.GetProperty("unit").GetString());
        return ((int)figure.GetProperty("value").GetDouble(), (int)figure.GetProperty("target").GetDouble(),
            (int)figure.GetProperty("byFacility").GetProperty(facility).GetDouble());
    }

    private static List<double> ByMonth(JsonElement progress, string id) =>
        [.. FigureOf(progress, id).GetProperty("byMonth").EnumerateArray().Select(month => month.GetProperty("value").GetDouble())];

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
