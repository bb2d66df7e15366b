using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Aftercare.Tests.AftercareScenario;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>Who reads notes, consent and erasure, opening by hand, bad input and ETags, on real PostgreSQL and RabbitMQ.</summary>
public sealed class TrajectoryApiTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Notes_are_read_only_by_the_buddy_and_staff_and_every_read_is_audited()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-10));
        var assigned = await service.BuddyAssignedAsync(partner, participant, Today.AddDays(-9));
        using var buddy = service.ClientAs("volunteer", volunteerId: assigned.VolunteerId.ToString());
        using var otherVolunteer = service.ClientAs("volunteer", volunteerId: Guid.NewGuid().ToString());
        await buddy.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Visit", reached = true, note = "Schulden besproken" });

        Assert.Equal("Schulden besproken", await FirstNoteAsync(service.Client, trajectoryId));
        Assert.Equal("Schulden besproken", await FirstNoteAsync(buddy, trajectoryId));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherVolunteer.GetAsync($"{Route}/{trajectoryId}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherVolunteer.GetAsync($"{Route}/{trajectoryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherVolunteer.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts",
            new { on = Today, channel = "Phone", reached = true })).StatusCode);

        // Once the assignment ends, the former buddy still sees the entries they made, without notes.
        var ended = new VolunteerAssignmentEndedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, AssignmentId = assigned.AssignmentId, VolunteerId = assigned.VolunteerId,
            ParticipantId = participant, Role = VolunteerRoles.AftercareBuddy, EndedOn = Today,
        };
        await partner.PublishAsync(ended, ended.EventId);
        await Eventually.HoldsAsync(async () => (await service.Client.IdsAsync($"{Route}/unmatched?pageSize=100")).Contains(trajectoryId), "the trajectory to need a buddy again");
        var formerView = (await buddy.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}/contacts")).GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, formerView.GetProperty("note").ValueKind);
        Assert.True(formerView.GetProperty("noteWithheld").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await buddy.GetAsync($"{Route}/{trajectoryId}")).StatusCode);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE participant_id = $1 AND action = 'Read' AND endpoint LIKE '%/contacts'", participant) >= 3,
            "the contact reads to be audited");
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE participant_id = $1 AND action = 'Update' AND role = 'volunteer'", participant));
    }

    [Fact]
    public async Task Withdrawn_consent_closes_the_trajectory_as_declined_hides_notes_and_stops_processing()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<AftercareClosedV1>());
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-20));
        await service.Client.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Phone", reached = true, note = "Wil stoppen" });

        var withdrawn = new ConsentWithdrawnV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participant, WithdrawnOn = Today, Revision = 3 };
        await partner.PublishAsync(withdrawn, withdrawn.EventId);

        var closed = await partner.ReceivedOf<AftercareClosedV1>().WaitForAsync(e => e.TrajectoryId == trajectoryId, "AftercareClosedV1");
        Assert.Equal("EndedEarly", closed.Message.Outcome);
        var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}");
        Assert.Equal("Declined", trajectory.GetProperty("closure").GetProperty("outcome").GetString());
        Assert.Null(await FirstNoteAsync(service.Client, trajectoryId));
        var refused = await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Phone", reached = true });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("withdrew consent", await refused.Content.ReadAsStringAsync());

        // A later release of someone who withdrew opens nothing.
        var release = await partner.PublishReleaseAsync(participant, Today, revision: 4);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer LIKE '%release-trajectory-opener'", release.EventId) == 1, "the release to be handled");
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM trajectories WHERE participant_id = $1", participant));
    }

    [Fact]
    public async Task A_coordinator_opens_a_trajectory_by_hand_once_and_a_later_release_event_adds_none()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<AftercareStartedV1>());
        var participant = await service.RegisteredParticipantAsync(partner, "pi-zwolle");

        var created = await service.Client.PostAsJsonAsync(Route, new { participantId = participant, releasedOn = Today.AddDays(-3) });
        var again = await service.Client.PostAsJsonAsync(Route, new { participantId = participant, releasedOn = Today.AddDays(-3) });
        var unknown = await service.Client.PostAsJsonAsync(Route, new { participantId = Guid.NewGuid(), releasedOn = Today });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.ETag);
        var trajectory = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Coordinator", "pi-zwolle"), (trajectory.GetProperty("origin").GetString(), trajectory.GetProperty("facilityId").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("The participant already has an open trajectory.", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("participantId", await unknown.Content.ReadAsStringAsync());
        await partner.ReceivedOf<AftercareStartedV1>().WaitForAsync(e => e.ParticipantId == participant, "AftercareStartedV1");

        var release = await partner.PublishReleaseAsync(participant, Today.AddDays(-3));
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer LIKE '%release-trajectory-opener'", release.EventId) == 1, "the release to be handled");
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM trajectories WHERE participant_id = $1", participant));
    }

    [Fact]
    public async Task A_release_handled_before_the_registration_opens_aftercare_at_the_facility_it_names()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participant = Guid.NewGuid();

        // The registration is delayed on its own queue; the release alone says all that opening needs.
        await partner.PublishReleaseAsync(participant, Today.AddDays(-1), "pi-zwolle");

        var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{await service.TrajectoryOfAsync(participant)}");
        Assert.Equal("pi-zwolle", trajectory.GetProperty("facilityId").GetString());
        Assert.Equal(Today.AddDays(-1).AddMonths(6).ToString("yyyy-MM-dd"), trajectory.GetProperty("plannedEndOn").GetString());
    }

    [Fact]
    public async Task A_release_of_a_participant_without_consent_opens_nothing()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participant = await service.RegisteredParticipantAsync(partner);

        var released = await partner.PublishReleaseAsync(participant, Today, hasConsent: false);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer LIKE '%release-trajectory-opener'", released.EventId) == 1,
            "the release to be handled");
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM trajectories WHERE participant_id = $1", participant));
    }

    [Fact]
    public async Task An_older_release_without_a_facility_waits_for_the_registration_and_keeps_its_facility()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participant = Guid.NewGuid();
        var released = await partner.PublishReleaseAsync(participant, Today.AddDays(-1), facilityId: null, hasConsent: null);
        // The release is in the projection, but without the registration no trajectory may open.
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer LIKE '%participant-released-projector'", released.EventId) == 1,
            "the release to reach the projection");
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM trajectories WHERE participant_id = $1", participant));

        // The registration arrives; the release is retried and opens the trajectory.
        var registered = new ParticipantRegisteredV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participant,
            Facility = "PI Zwolle", FacilityId = "pi-zwolle", ExpectedReleaseDate = Today, Revision = 1,
        };
        await partner.PublishAsync(registered, registered.EventId);

        var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{await service.TrajectoryOfAsync(participant)}");
        Assert.Equal("pi-zwolle", trajectory.GetProperty("facilityId").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_unknown_ids_are_404_and_updates_need_the_current_ETag()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (_, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-30));

        async Task<IReadOnlyList<string>> FieldsAsync(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()];
        }

        Assert.Equal(["channel", "reached"], await FieldsAsync(await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts", new { on = Today })));
        Assert.Equal(["on"], await FieldsAsync(await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts",
            new { on = Today.AddDays(1), channel = "Phone", reached = true })));
        Assert.Equal(["channel"], await FieldsAsync(await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts",
            new { on = Today, channel = "Pigeon", reached = true })));
        Assert.Equal(["employerId"], await FieldsAsync(await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/employer-contacts",
            new { on = Today, channel = "Phone", reached = true })));
        Assert.Equal(["reason"], await FieldsAsync(await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/extension", new { plannedEndOn = Today.AddMonths(8) })));
        Assert.Equal(["year"], await FieldsAsync(await service.Client.GetAsync("/api/aftercare/progress?year=1800")));
        Assert.Equal(["pageSize"], await FieldsAsync(await service.Client.GetAsync("/api/aftercare/overdue?pageSize=1000")));
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"{Route}/{Guid.NewGuid()}")).StatusCode);
        var noJob = await service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/employer-contacts",
            new { employerId = Guid.NewGuid(), on = Today, channel = "Phone", reached = true });
        Assert.Equal(HttpStatusCode.Conflict, noJob.StatusCode);

        var etag = await service.Client.ETagOfAsync(trajectoryId);
        var condition = new { condition = "Housing", status = "InProgress" };
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await service.Client.PostWithETagAsync($"{Route}/{trajectoryId}/conditions", condition, null)).StatusCode);
        var recorded = await service.Client.PostWithETagAsync($"{Route}/{trajectoryId}/conditions", condition, etag);
        var stale = await service.Client.PostWithETagAsync($"{Route}/{trajectoryId}/extension", new { plannedEndOn = Today.AddMonths(8), reason = "Woning" }, etag);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.NotEqual(etag, recorded.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var housing = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checklist").EnumerateArray()
            .Single(c => c.GetProperty("condition").GetString() == "Housing");
        Assert.Equal("InProgress", housing.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_unmatched_list_narrows_to_one_participant()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-3));
        var (_, otherTrajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-3));
        Assert.Contains(otherTrajectoryId, await service.Client.IdsAsync($"{Route}/unmatched?pageSize=100"));

        Assert.Equal([trajectoryId], await service.Client.IdsAsync($"{Route}/unmatched?participantId={participant}"));
        Assert.Empty(await service.Client.IdsAsync($"{Route}/unmatched?participantId={Guid.NewGuid()}"));
    }

    [Fact]
    public async Task The_overdue_list_narrows_to_one_participant()
    {
        await using var partner = await service.StartPartnerBusAsync();
        // Released a month ago and never reached: overdue since the fourteen days ran out.
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-30));
        var (other, otherTrajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-30));
        Assert.Contains(otherTrajectoryId, await service.Client.IdsAsync("/api/aftercare/overdue?pageSize=100", "trajectoryId"));

        Assert.Equal([trajectoryId], await service.Client.IdsAsync($"/api/aftercare/overdue?participantId={participant}", "trajectoryId"));
        Assert.Equal([otherTrajectoryId], await service.Client.IdsAsync($"/api/aftercare/overdue?participantId={other}", "trajectoryId"));
        Assert.Empty(await service.Client.IdsAsync($"/api/aftercare/overdue?participantId={Guid.NewGuid()}", "trajectoryId"));
    }

    [Fact]
    public async Task Contacts_logged_at_the_same_moment_all_land_and_a_racing_update_never_overwrites_one()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (_, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-5));
        var etag = await service.Client.ETagOfAsync(trajectoryId);

        var contactCalls = Enumerable.Range(0, 4).Select(i => service.Client.PostAsJsonAsync($"{Route}/{trajectoryId}/contacts",
            new { on = Today.AddDays(-i), channel = "Phone", reached = true, note = $"Gesprek {i}" })).ToList();
        var extensionCall = service.Client.PostWithETagAsync($"{Route}/{trajectoryId}/extension", new { plannedEndOn = Today.AddMonths(9), reason = "Huisvesting" }, etag);
        var contacts = await Task.WhenAll(contactCalls);
        var extension = await extensionCall;

        Assert.All(contacts, c => Assert.Equal(HttpStatusCode.Created, c.StatusCode));
        Assert.Equal(4, await service.QueryScalarAsync<long>("SELECT count(*) FROM contacts WHERE trajectory_id = $1", trajectoryId));
        var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}");
        Assert.Equal(Today.ToString("yyyy-MM-dd"), trajectory.GetProperty("lastContactOn").GetString());
        // The extension was sent with the ETag from before the contacts: it either came first or is refused, never silently applied on top.
        Assert.Contains(extension.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict });
        Assert.Equal(extension.StatusCode == HttpStatusCode.OK, trajectory.GetProperty("extensions").GetArrayLength() == 1);
    }

    [Fact]
    public async Task Erasure_removes_notes_reasons_and_the_facility_but_keeps_the_dates()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-40));
        await service.Client.PostOkAsync($"{Route}/{trajectoryId}/contacts", new { on = Today, channel = "Visit", reached = true, note = "Gesprek over verslaving" });
        await service.Client.SendOkAsync(HttpMethod.Post, $"{Route}/{trajectoryId}/closure", new { outcome = "Reoffended", closedOn = Today, reason = "Opnieuw gedetineerd" },
            await service.Client.ETagOfAsync(trajectoryId));

        var erased = new ParticipantErasedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participant, Revision = 5 };
        await partner.PublishAsync(erased, erased.EventId);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<DateTime?>(
            "SELECT erased_at FROM trajectories WHERE id = $1", trajectoryId) is not null, "the trajectory to be erased");
        Assert.Equal(0, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM contacts WHERE trajectory_id = $1 AND note IS NOT NULL", trajectoryId));
        Assert.Null(await service.QueryScalarAsync<string>("SELECT facility_id FROM trajectories WHERE id = $1", trajectoryId));
        // Article 10: the detailed outcome goes; that it closed, and when, stays for the figures.
        Assert.Equal((null, null), (await service.QueryScalarAsync<string>("SELECT outcome FROM trajectories WHERE id = $1", trajectoryId),
            await service.QueryScalarAsync<string>("SELECT close_reason FROM trajectories WHERE id = $1", trajectoryId)));
        Assert.NotNull(await service.QueryScalarAsync<DateOnly?>("SELECT closed_on FROM trajectories WHERE id = $1", trajectoryId));
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM contacts WHERE trajectory_id = $1", trajectoryId));
    }

    private static async Task<string?> FirstNoteAsync(HttpClient client, Guid trajectoryId) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}/contacts")).GetProperty("items")[0].GetProperty("note").GetString();
}
