using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Trainers are checked against what Volunteers reports through its events.</summary>
public sealed class TrainerTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly string[] Sessions = [.. Enumerable.Range(0, 8).Select(week => new DateOnly(2027, 2, 1).AddDays(7 * week).ToString("yyyy-MM-dd"))];

    [Fact]
    public async Task A_volunteer_active_admitted_and_trained_can_train_and_is_named_in_session_events()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<SessionHeldV1>().Observe<CourseRunTrainersChangedV1>());
        var volunteer = Guid.NewGuid();
        await ReportAsync(partner, volunteer, active: true, facility: "pi-vught", role: "sos-trainer", accessEndsOn: new DateOnly(2099, 12, 31));
        var runId = await ScheduleAsync("sos-group", "pi-vught");

        var assigned = await AssignAsync(runId, volunteer);

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal([volunteer], (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trainerVolunteerIds").EnumerateArray().Select(v => v.GetGuid()));
        var changed = await partner.ReceivedOf<CourseRunTrainersChangedV1>().WaitForAsync(e => e.CourseRunId == runId, "CourseRunTrainersChangedV1");
        Assert.Equal([volunteer], changed.Message.TrainerVolunteerIds);
        var participant = await service.RegisterAsync(facilityId: "pi-vught");
        await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{participant}/consents", new { purpose = "Participation", givenOn = "2026-11-01" });
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = participant });
        (await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/sessions/1/attendance",
            new { heldOn = Sessions[0], attendance = new[] { new { participantId = participant, presence = "Present" } } })).EnsureSuccessStatusCode();
        var held = await partner.ReceivedOf<SessionHeldV1>().WaitForAsync(e => e.CourseRunId == runId, "SessionHeldV1");
        Assert.Equal([volunteer], held.Message.TrainerVolunteerIds);
    }

    [Theory]
    [InlineData(false, "pi-vught", "sos-trainer", null, null, "not report the volunteer as active")]
    [InlineData(true, "pi-zwolle", "sos-trainer", null, null, "no valid access pass for pi-vught")]
    [InlineData(true, "pi-vught", "sos-trainer", "2026-01-31", null, "no valid access pass for pi-vught")]
    [InlineData(true, "pi-vught", "cao-trainer", null, null, "not trained as sos-trainer")]
    [InlineData(true, "pi-vught", "sos-trainer", null, "2026-02-28", "VOG re-check was due on 2026-02-28")]
    public async Task A_volunteer_who_may_not_train_there_is_refused_with_the_reason(
        bool active, string facility, string role, string? accessEndsOn, string? vogRecheckDueOn, string reason)
    {
        await using var partner = await service.StartPartnerBusAsync();
        var volunteer = Guid.NewGuid();
        await ReportAsync(partner, volunteer, active, facility, role, accessEndsOn is null ? null : DateOnly.Parse(accessEndsOn),
            vogRecheckDueOn is null ? null : DateOnly.Parse(vogRecheckDueOn));
        var runId = await ScheduleAsync("sos-group", "pi-vught");

        var response = await AssignAsync(runId, volunteer);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_revoked_pass_or_deactivation_stops_new_assignments_and_late_events_do_not_undo_them()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var volunteer = Guid.NewGuid();
        await ReportAsync(partner, volunteer, active: true, facility: "pi-vught", role: "sos-trainer");
        var revoked = new VolunteerAdmissionRevokedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteer, FacilityId = "pi-vught", Revision = 10 };
        var lateAdmission = new VolunteerAdmittedToFacilityV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteer, FacilityId = "pi-vught", Revision = 3 };
        await partner.PublishAsync(revoked, revoked.EventId);
        await partner.PublishAsync(lateAdmission, lateAdmission.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1)", new[] { revoked.EventId, lateAdmission.EventId }) == 2, "both admission events processed");
        var runId = await ScheduleAsync("sos-group", "pi-vught");

        var response = await AssignAsync(runId, volunteer);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no valid access pass", await response.Content.ReadAsStringAsync());
        var unknown = await AssignAsync(runId, Guid.NewGuid());
        Assert.Contains("reported nothing", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_volunteer_who_stops_or_loses_a_pass_is_taken_off_the_runs_they_can_no_longer_give()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<CourseRunTrainersChangedV1>());
        var volunteer = Guid.NewGuid();
        await ReportAsync(partner, volunteer, active: true, facility: "pi-vught", role: "sos-trainer");
        var now = DateTimeOffset.UtcNow;
        await PublishAndWaitAsync(partner, new VolunteerAdmittedToFacilityV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, FacilityId = "pi-zwolle", Revision = 4 });
        var vughtRun = await ScheduleAsync("sos-group", "pi-vught");
        var zwolleRun = await ScheduleAsync("sos-group", "pi-zwolle");
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(vughtRun, volunteer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(zwolleRun, volunteer)).StatusCode);

        // A deactivation older than the activation changes nothing, so it takes no one off.
        await PublishAndWaitAsync(partner, new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Revision = 1 });
        Assert.Equal([volunteer], await TrainersOfAsync(vughtRun));

        // Zwolle withdraws the pass: the run there loses its trainer, and Volunteers hears it needs one.
        await PublishAndWaitAsync(partner, new VolunteerAdmissionRevokedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, FacilityId = "pi-zwolle", Revision = 5 });
        await partner.ReceivedOf<CourseRunTrainersChangedV1>().WaitForAsync(e => e.CourseRunId == zwolleRun && e.TrainerVolunteerIds.Count == 0, "the Zwolle run without trainer");
        Assert.Empty(await TrainersOfAsync(zwolleRun));
        Assert.Equal([volunteer], await TrainersOfAsync(vughtRun));

        // Stopping as a volunteer ends every run they still had.
        await PublishAndWaitAsync(partner, new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Revision = 6 });
        await partner.ReceivedOf<CourseRunTrainersChangedV1>().WaitForAsync(e => e.CourseRunId == vughtRun && e.TrainerVolunteerIds.Count == 0, "the Vught run without trainer");
        Assert.Empty(await TrainersOfAsync(vughtRun));
    }

    private async Task PublishAndWaitAsync<T>(PartnerBus partner, T message) where T : class, HerstelWerk.Contracts.IIntegrationEvent
    {
        await partner.PublishAsync(message, message.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1", message.EventId) == 1, $"{typeof(T).Name} to be processed");
    }

    private async Task<Guid[]> TrainersOfAsync(Guid runId) =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/runs/{runId}")).GetProperty("trainerVolunteerIds").EnumerateArray().Select(v => v.GetGuid())];

    private async Task ReportAsync(
        PartnerBus partner, Guid volunteer, bool active, string facility, string role, DateOnly? accessEndsOn = null, DateOnly? vogRecheckDueOn = null)
    {
        var now = DateTimeOffset.UtcNow;
        var recheckDueOn = vogRecheckDueOn ?? DateOnly.FromDateTime(now.UtcDateTime).AddYears(2);
        IEnumerable<object> events =
        [
            new VolunteerVogIssuedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, IssuedOn = recheckDueOn.AddYears(-3), RecheckDueOn = recheckDueOn, Revision = 1 },
            active
                ? new VolunteerActivatedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Revision = 1 }
                : new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Revision = 1 },
            new VolunteerAdmittedToFacilityV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, FacilityId = facility, AccessEndsOn = accessEndsOn, Revision = 2 },
            new VolunteerQualifiedV1 { EventId = Guid.NewGuid(), OccurredAt = now, VolunteerId = volunteer, Role = role, Revision = 3 },
        ];
        foreach (var message in events)
        {
            await partner.PublishAsync(message, ((HerstelWerk.Contracts.IIntegrationEvent)message).EventId);
        }

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM volunteer_eligibility WHERE volunteer_id = $1 AND cardinality(roles) > 0 AND active_revision > 0 AND vog_revision > 0", volunteer) == 1,
            "Courses to know the volunteer");
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM volunteer_admissions WHERE volunteer_id = $1", volunteer) == 1, "the admission");
    }

    private async Task<HttpResponseMessage> AssignAsync(Guid runId, Guid volunteer) =>
        await service.Client.PostAsJsonAsync($"/api/courses/runs/{runId}/trainers", new { volunteerId = volunteer });

    private async Task<Guid> ScheduleAsync(string courseTypeId, string facilityId)
    {
        var response = await service.Client.PostAsJsonAsync("/api/courses/runs", new { courseTypeId, facilityId, capacity = 10, sessions = Sessions });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
