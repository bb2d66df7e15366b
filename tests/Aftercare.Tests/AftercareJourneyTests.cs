using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Contracts.Placement;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static HerstelWerk.Aftercare.Tests.AftercareScenario;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>
/// One participant's aftercare on real PostgreSQL and RabbitMQ, from Courses' release event to completion
/// six months later on the business clock: buddy, contacts, exactly one overdue event, the employer.
/// </summary>
public sealed class AftercareJourneyTests(BusinessClockFixture service) : IClassFixture<BusinessClockFixture>
{
    private DateOnly Today => service.Services.GetRequiredService<BusinessClock>().Today;

    [Fact]
    public async Task From_release_to_completion_with_a_buddy_contacts_one_overdue_event_and_the_employer()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus
            .Observe<AftercareStartedV1>().Observe<AftercareContactOverdueV1>().Observe<AftercareClosedV1>());
        var release = Today;

        // 1. A release event arrives, and 2. a trajectory opens.
        var participant = await service.RegisteredParticipantAsync(partner, "pi-vught");
        await partner.PublishReleaseAsync(participant, release);
        var started = await partner.ReceivedOf<AftercareStartedV1>().WaitForAsync(e => e.ParticipantId == participant, "AftercareStartedV1");
        var trajectoryId = started.Message.TrajectoryId;
        var opened = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}");
        Assert.Equal(release, started.Message.StartedOn);
        Assert.Equal(("pi-vught", "2026-09-02", "2026-03-16"), (opened.GetProperty("facilityId").GetString(),
            opened.GetProperty("plannedEndOn").GetString(), opened.GetProperty("nextContactDueOn").GetString()));
        Assert.Contains(trajectoryId, await service.Client.IdsAsync($"{Route}/unmatched?pageSize=100"));

        // 3. A buddy is assigned through Volunteers' event.
        var assigned = await service.BuddyAssignedAsync(partner, participant, release);
        using var buddy = service.ClientAs("volunteer", volunteerId: assigned.VolunteerId.ToString());
        Assert.DoesNotContain(trajectoryId, await service.Client.IdsAsync($"{Route}/unmatched?pageSize=100"));
        Assert.Equal([trajectoryId], await buddy.IdsAsync("/api/aftercare/me/trajectories"));

        // 4. Contacts are logged: the buddy visits, a coordinator phones without reaching them.
        service.BusinessTime.Advance(TimeSpan.FromDays(5));
        var visit = await buddy.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Visit", reached = true, note = "Kamer gevonden" });
        service.BusinessTime.Advance(TimeSpan.FromDays(10));
        await service.Client.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Phone", reached = false });
        Assert.Equal(assigned.VolunteerId, visit.GetProperty("madeByVolunteerId").GetGuid());
        Assert.Equal("2026-03-21", (await buddy.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}")).GetProperty("nextContactDueOn").GetString());

        // 5. A gap in contact raises exactly one overdue event, however often the job looks.
        service.BusinessTime.Advance(TimeSpan.FromDays(5));
        using var admin = service.ClientAs("admin");
        await admin.PostOkAsync("/api/aftercare/jobs/contact-overdue/runs", new { });
        await admin.PostOkAsync("/api/aftercare/jobs/contact-overdue/runs", new { });
        service.BusinessTime.Advance(TimeSpan.FromDays(3));
        await admin.PostOkAsync("/api/aftercare/jobs/contact-overdue/runs", new { });
        var overdue = await partner.ReceivedOf<AftercareContactOverdueV1>().WaitForAsync(e => e.TrajectoryId == trajectoryId, "AftercareContactOverdueV1");
        Assert.Equal((new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 22)), (overdue.Message.LastContactOn, overdue.Message.OverdueSince));
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%AftercareContactOverdueV1%' AND payload->>'trajectoryId' = $1", trajectoryId.ToString()));
        var overdueList = (await service.Client.GetFromJsonAsync<JsonElement>("/api/aftercare/overdue")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("trajectoryId").GetGuid() == trajectoryId);
        Assert.Equal(4, overdueList.GetProperty("daysOverdue").GetInt32());
        await buddy.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Message", reached = true, note = "Appje terug" });
        Assert.DoesNotContain(trajectoryId, await service.Client.IdsAsync("/api/aftercare/overdue", "trajectoryId"));

        // 6. JobStarted makes the employer a second party to support.
        service.BusinessTime.Advance(TimeSpan.FromDays(5));
        var job = new JobStartedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, PlacementId = Guid.NewGuid(), ParticipantId = participant,
            EmployerId = Guid.NewGuid(), StartedOn = Today,
        };
        await partner.PublishAsync(job, job.EventId);
        var working = await Eventually.ReturnsAsync(async () =>
        {
            var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}");
            return trajectory.GetProperty("coachingDuringWork").GetBoolean() ? (JsonElement?)trajectory : null;
        }, "coaching during work");
        Assert.Equal(job.EmployerId, working.GetValueOrDefault().GetProperty("employers")[0].GetProperty("employerId").GetGuid());
        await buddy.PostOkAsync($"{Route}/{trajectoryId}/employer-contacts",
            new { employerId = job.EmployerId, on = Today, channel = "Phone", reached = true, note = "Werkgever tevreden" });
        Assert.Single(await service.Client.IdsAsync($"{Route}/{trajectoryId}/employer-contacts"));
        Assert.Equal(3, (await service.Client.IdsAsync($"{Route}/{trajectoryId}/contacts")).Count);

        // 7. Closed as completed, which the rule allows only six months after release.
        var early = await service.Client.PostWithETagAsync($"{Route}/{trajectoryId}/closure", new { outcome = "Completed", reason = "Gaat goed" },
            await service.Client.ETagOfAsync(trajectoryId));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("can be completed from 2026-09-02", await early.Content.ReadAsStringAsync());
        service.BusinessTime.SetUtcNow(new DateTimeOffset(2026, 9, 2, 9, 0, 0, TimeSpan.Zero));
        var closed = await service.Client.SendOkAsync(HttpMethod.Post, $"{Route}/{trajectoryId}/closure", new { outcome = "Completed" },
            await service.Client.ETagOfAsync(trajectoryId));
        Assert.Equal(("Completed", "2026-09-02"), (closed.GetProperty("closure").GetProperty("outcome").GetString(),
            closed.GetProperty("closure").GetProperty("closedOn").GetString()));
        var published = await partner.ReceivedOf<AftercareClosedV1>().WaitForAsync(e => e.TrajectoryId == trajectoryId, "AftercareClosedV1");
        Assert.Equal(("Completed", new DateOnly(2026, 9, 2)), (published.Message.Outcome, published.Message.ClosedOn));
        Assert.Single(partner.ReceivedOf<AftercareContactOverdueV1>().All, e => e.Message.TrajectoryId == trajectoryId);

        // The year's figures, per facility of release.
        var figures = (await service.Client.GetFromJsonAsync<JsonElement>("/api/aftercare/progress?year=2026")).GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("byFacility").GetProperty("pi-vught").GetDouble());
        Assert.Equal((1.0, 1.0, 1.0, 0.0, 5.0), (figures["coachedDuringWork"], figures["trajectoriesStarted"], figures["trajectoriesCompleted"],
            figures["shareWithoutOverdue"], figures["medianDaysToFirstContact"]));
        // The same figure on the dashboard's gauge.
        await Eventually.HoldsAsync(() => Task.FromResult(
            ProgressGaugeReader.Read(service.Services, "herstelwerk.aftercare.progress", "trajectoriesCompleted", "pi-vught") == 1.0), "the gauge");
    }
}
