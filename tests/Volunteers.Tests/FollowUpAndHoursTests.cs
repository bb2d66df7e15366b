using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>What Volunteers does with Courses' and Aftercare's events, and the hours they add up to.</summary>
public sealed class FollowUpAndHoursTests(FastGaugesVolunteersFixture service) : IClassFixture<FastGaugesVolunteersFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_scheduled_run_needs_trainers_until_Courses_reports_one()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var scheduled = new CourseRunScheduledV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = Guid.NewGuid(), CourseTypeId = "sos-group",
            FacilityId = "pi-vught", StartsOn = Today.AddDays(30), SessionCount = 8, Capacity = 12,
        };
        await partner.PublishAsync(scheduled, scheduled.EventId);
        await Eventually.HoldsAsync(async () => (await RunsNeedingTrainersAsync()).Contains(scheduled.CourseRunId), "the run to need trainers");

        var trainers = new CourseRunTrainersChangedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = scheduled.CourseRunId, TrainerVolunteerIds = [Guid.NewGuid()], Revision = 2,
        };
        await partner.PublishAsync(trainers, trainers.EventId);

        await Eventually.HoldsAsync(async () => !(await RunsNeedingTrainersAsync()).Contains(scheduled.CourseRunId), "the run to have a trainer");
    }

    [Fact]
    public async Task A_run_under_way_that_loses_its_trainer_needs_one_again_and_a_finished_run_does_not()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var underWay = Scheduled(startsOn: Today.AddDays(-14), endsOn: Today.AddDays(35));
        var finished = Scheduled(startsOn: Today.AddDays(-70), endsOn: Today.AddDays(-1));
        foreach (var run in new[] { underWay, finished })
        {
            await partner.PublishAsync(run, run.EventId);
            // Courses took the trainer off: Volunteers reported them stopped.
            var trainerLeft = new CourseRunTrainersChangedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = run.CourseRunId, TrainerVolunteerIds = [], Revision = 3 };
            await partner.PublishAsync(trainerLeft, trainerLeft.EventId);
        }

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM course_runs WHERE course_run_id = ANY($1) AND trainers_revision = 3",
            new[] { underWay.CourseRunId, finished.CourseRunId }) == 2, "both runs to be followed");
        var listed = await RunsNeedingTrainersAsync();
        Assert.Contains(underWay.CourseRunId, listed);
        Assert.DoesNotContain(finished.CourseRunId, listed);
    }

    private static CourseRunScheduledV1 Scheduled(DateOnly startsOn, DateOnly endsOn) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = Guid.NewGuid(), CourseTypeId = "sos-group",
        FacilityId = "pi-vught", StartsOn = startsOn, EndsOn = endsOn, SessionCount = 8, Capacity = 12,
    };

    [Fact]
    public async Task A_started_aftercare_needs_a_buddy_until_one_is_assigned()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participant = await service.ParticipantFromCoursesAsync(partner);
        var started = new AftercareStartedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, TrajectoryId = Guid.NewGuid(), ParticipantId = participant, StartedOn = Today };
        await partner.PublishAsync(started, started.EventId);
        await Eventually.HoldsAsync(async () => (await BuddyRequestsAsync()).Contains(participant), "the participant to need a buddy");
        var buddy = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Femke Buddy", role: "aftercare-buddy");

        var assigned = await service.Client.PostAsJsonAsync($"{Route}/{buddy}/assignments", new { participantId = participant, role = "aftercare-buddy" });

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        Assert.DoesNotContain(participant, await BuddyRequestsAsync());
    }

    [Fact]
    public async Task Sessions_from_Courses_and_logged_visits_make_the_hours_statement_of_active_volunteers_only()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var year = Today.Year;
        var trainer = await service.ActiveVolunteerAsync(new DateOnly(year, 1, 5), fullName: "Willem Uren", role: "sos-trainer");
        var applicant = (await service.Client.PostOkAsync(Route, Profile("Nog Niet Actief"))).GetProperty("id").GetGuid();
        var held = new SessionHeldV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = Guid.NewGuid(), CourseTypeId = "sos-group", FacilityId = "pi-vught",
            SessionNumber = 1, HeldOn = new DateOnly(year, 1, 20), Present = 9, Absent = 1, Excused = 0, TrainerVolunteerIds = [trainer, Guid.NewGuid()],
        };
        await partner.PublishAsync(held, held.EventId);
        // The same session reported again (attendance corrected) counts once.
        var again = held with { EventId = Guid.NewGuid(), Present = 10, Absent = 0 };
        await partner.PublishAsync(again, again.EventId);
        await service.Client.PostOkAsync($"{Route}/{trainer}/activities", new { kind = "Visit", on = new DateOnly(year, 1, 21), minutes = 90 });
        await service.Client.PostOkAsync($"{Route}/{applicant}/activities", new { kind = "Visit", on = new DateOnly(year, 1, 21), minutes = 60 });
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1)", new[] { held.EventId, again.EventId }) == 2, "both session events processed");

        var statement = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/hours?year={year}&pageSize=100");
        var line = statement.GetProperty("volunteers").GetProperty("items").EnumerateArray().Single(l => l.GetProperty("volunteerId").GetGuid() == trainer);
        Assert.Equal((2m, 1.5m, 3.5m), (line.GetProperty("sessionHours").GetDecimal(), line.GetProperty("visitHours").GetDecimal(), line.GetProperty("totalHours").GetDecimal()));
        Assert.DoesNotContain(statement.GetProperty("volunteers").GetProperty("items").EnumerateArray(), l => l.GetProperty("volunteerId").GetGuid() == applicant);

        var csv = await service.Client.GetAsync($"{Route}/hours/csv?year={year}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{year},{trainer},\"Willem Uren\",\"Noord-Brabant\",1.50,2.00,0.00,3.50", await csv.Content.ReadAsStringAsync());

        var progress = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/progress?year={year}");
        var activeVolunteers = progress.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "activeVolunteers");
        Assert.Equal(600, activeVolunteers.GetProperty("target").GetDouble());
        Assert.Equal(statement.GetProperty("countedVolunteers").GetInt32(), activeVolunteers.GetProperty("value").GetDouble());
        // The same count on the dashboard, once the gauges have been recounted.
        await Eventually.HoldsAsync(() => Task.FromResult(ProgressGaugeReader.Read(service.Services, "herstelwerk.volunteers.progress", "activeVolunteers", "all") is > 0),
            "the active-volunteers gauge");
    }

    [Fact]
    public async Task The_hours_statement_and_its_CSV_narrow_to_one_volunteer()
    {
        var year = Today.Year;
        var anna = await service.ActiveVolunteerAsync(new DateOnly(year, 1, 2), fullName: "Anna Filter");
        var bram = await service.ActiveVolunteerAsync(new DateOnly(year, 1, 2), fullName: "Bram Filter");
        await service.Client.PostOkAsync($"{Route}/{anna}/activities", new { kind = "Visit", on = new DateOnly(year, 1, 3), minutes = 45 });
        await service.Client.PostOkAsync($"{Route}/{bram}/activities", new { kind = "Visit", on = new DateOnly(year, 1, 3), minutes = 120 });

        var statement = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/hours?year={year}&volunteerId={anna}");
        var csv = await service.Client.GetStringAsync($"{Route}/hours/csv?year={year}&volunteerId={anna}");

        Assert.Equal((1, 0.75m), (statement.GetProperty("countedVolunteers").GetInt32(), statement.GetProperty("totalHours").GetDecimal()));
        Assert.Equal([anna], statement.GetProperty("volunteers").GetProperty("items").EnumerateArray().Select(l => l.GetProperty("volunteerId").GetGuid()));
        Assert.Contains($"{year},{anna},\"Anna Filter\"", csv);
        Assert.DoesNotContain(bram.ToString(), csv);
        Assert.EndsWith($"{year},,total,,0.75,0.00,0.00,0.75", csv.TrimEnd());
    }

    [Fact]
    public async Task A_volunteer_sees_and_logs_only_their_own()
    {
        var id = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Lotte Zelf");
        using var me = service.ClientAs("volunteer", volunteerId: id.ToString());
        using var nobody = service.ClientAs(null);
        nobody.DefaultRequestHeaders.Authorization = new("Bearer", service.Token("volunteer"));

        var profile = await me.GetFromJsonAsync<JsonElement>($"{Route}/me");
        var logged = await me.PostAsJsonAsync($"{Route}/me/activities", new { kind = "AftercareContact", on = Today, minutes = 30 });
        var future = await me.PostAsJsonAsync($"{Route}/me/activities", new { kind = "Visit", on = Today.AddDays(2), minutes = 30 });
        var others = await me.GetAsync($"{Route}/{id}");

        Assert.Equal(id, profile.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync($"{Route}/me")).StatusCode);
        var hours = await me.GetFromJsonAsync<JsonElement>($"{Route}/me/hours?year={Today.Year}");
        Assert.Equal(0.5m, hours.GetProperty("aftercareContactHours").GetDecimal());
    }

    private async Task<List<Guid>> RunsNeedingTrainersAsync() =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/runs-needing-trainers?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("courseRunId").GetGuid())];

    private async Task<List<Guid>> BuddyRequestsAsync() =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/buddy-requests?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("participantId").GetGuid())];
}
