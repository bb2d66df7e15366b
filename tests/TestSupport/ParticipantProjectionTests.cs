using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.ServiceDefaults.Telemetry;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// The participant projection, run against each service that keeps one (Placement, Aftercare,
/// Volunteers): real PostgreSQL, real RabbitMQ, events published as Courses and partners would.
/// Each service's test project derives one class from this, so all three are proven the same way.
/// </summary>
public abstract class ParticipantProjectionTests<TProgram>(ServiceFixture<TProgram> service) where TProgram : class
{
    private string ParticipantsRoute => $"/api/{service.ServiceName}/participants";

    /// <summary>
    /// The projector's queue for registrations, as an operator sees it on the broker; also its name in the
    /// inbox, where a service's own consumers of the same event keep rows of their own.
    /// </summary>
    private string ConsumerQueue => $"{service.EntityPrefix}{service.ServiceName}-participant-registered-projector";

    [Fact]
    public async Task Registered_participant_is_projected_with_only_pseudonymous_data()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();

        await partner.PublishAsync(registered, registered.EventId);

        var projection = await WaitForProjectionAsync(registered.ParticipantId, revision: 1);
        Assert.Equal(registered.Facility, projection.GetProperty("facility").GetString());
        Assert.Equal("2027-05-01", projection.GetProperty("expectedReleaseDate").GetString());
        // Nothing beyond these fields is kept or shown: no name, no group, no free text.
        Assert.Equal(["consentWithdrawnOn", "erased", "expectedReleaseDate", "facility", "facilityId", "participantId", "releasedOn", "revision", "updatedAt"],
            projection.EnumerateObject().Select(property => property.Name).Order());
        Assert.False(projection.GetProperty("erased").GetBoolean());
    }

    [Fact]
    public async Task Redelivered_message_has_no_second_effect()
    {
        using var duplicates = new MetricProbe(HerstelWerkDiagnostics.Metrics.InboxDuplicates, "messaging.consumer");
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        var first = await WaitForProjectionAsync(registered.ParticipantId, revision: 1);

        // The same message id again, eight times at once. Even with a body that would change the
        // projection, the inbox recognises the id and none of them has an effect.
        var redelivery = registered with { Revision = 2, Facility = "PI Elsewhere" };
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => partner.PublishAsync(redelivery, registered.EventId)));
        await Eventually.HoldsAsync(() => Task.FromResult(duplicates.Total(ConsumerQueue) >= 8), "eight duplicates skipped by the inbox");

        var after = await GetProjectionAsync(registered.ParticipantId);
        Assert.Equal(first.GetRawText(), after!.Value.GetRawText());
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer = $2", registered.EventId, ConsumerQueue));
        // Duplicates are acknowledged, not parked as unhandled or failed.
        Assert.Empty(await BrokerQueues.DrainAsync(service.Servers.RabbitMqUri, ConsumerQueue + "_skipped"));
        Assert.Empty(await BrokerQueues.DrainAsync(service.Servers.RabbitMqUri, ConsumerQueue + "_error"));
    }

    [Fact]
    public async Task A_registration_redelivered_after_the_release_still_fills_in_the_facility()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        var released = new ParticipantReleasedV1
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = registered.ParticipantId,
            ReleasedOn = new DateOnly(2026, 11, 20), Revision = 3,
        };

        await partner.PublishAsync(released, released.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 3);
        await partner.PublishAsync(registered, registered.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer = $2", registered.EventId, ConsumerQueue) == 1, "the registration to be processed");

        var projection = await GetProjectionAsync(registered.ParticipantId);
        Assert.Equal((registered.Facility, "2027-05-01", "2026-11-20", 3),
            (projection!.Value.GetProperty("facility").GetString(), projection.Value.GetProperty("expectedReleaseDate").GetString(),
             projection.Value.GetProperty("releasedOn").GetString(), projection.Value.GetProperty("revision").GetInt32()));
    }

    [Fact]
    public async Task Event_older_than_the_projection_is_ignored()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participantId = Guid.NewGuid();
        var newer = NewRegistration(participantId) with { Revision = 3, Facility = "PI Zwolle" };
        var older = NewRegistration(participantId) with { Revision = 2, Facility = "PI Vught" };

        await partner.PublishAsync(newer, newer.EventId);
        await WaitForProjectionAsync(participantId, revision: 3);
        await partner.PublishAsync(older, older.EventId);
        // Processed (its inbox row exists), yet without effect.
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer = $2", older.EventId, ConsumerQueue) == 1, "the older event to be processed");

        var projection = await GetProjectionAsync(participantId);
        Assert.Equal(3, projection!.Value.GetProperty("revision").GetInt32());
        Assert.Equal("PI Zwolle", projection.Value.GetProperty("facility").GetString());
    }

    [Fact]
    public async Task Poison_message_ends_in_the_error_queue_while_later_messages_flow()
    {
        await using var partner = await service.StartPartnerBusAsync();
        // A facility longer than the column allows: this message can never be stored.
        var poison = NewRegistration() with { Facility = new string('x', 500) };
        var healthy = NewRegistration();

        await partner.PublishAsync(poison, poison.EventId);
        await partner.PublishAsync(healthy, healthy.EventId);

        await WaitForProjectionAsync(healthy.ParticipantId, revision: 1);
        var errorQueue = ConsumerQueue + "_error";
        var failed = await Eventually.ReturnsAsync(async () =>
            await BrokerQueues.DrainAsync(service.Servers.RabbitMqUri, errorQueue) is { Count: > 0 } messages ? messages : null,
            $"the poison message in {errorQueue}");

        var message = Assert.Single(failed);
        Assert.Equal(poison.EventId.ToString(), message.MessageId);
        // The database refused it: the reason an operator reads off the error queue.
        Assert.Contains("PostgresException", message.Headers["MT-Fault-ExceptionType"]?.ToString());
        Assert.Contains("too long", message.Headers["MT-Fault-Message"]?.ToString());
        // It was retried in-process, then redelivered once through the broker, before giving up.
        Assert.Equal(1, Convert.ToInt32(message.Headers["HW-Redelivery-Count"]));
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"{ParticipantsRoute}/{poison.ParticipantId}")).StatusCode);
        Assert.Empty(await BrokerQueues.DrainAsync(service.Servers.RabbitMqUri, ConsumerQueue + "_skipped"));
    }

    [Fact]
    public async Task List_is_paged_and_ordered_by_expected_release()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registrations = Enumerable.Range(1, 3)
            .Select(day => NewRegistration() with { ExpectedReleaseDate = new DateOnly(2030, 1, day) })
            .ToList();
        foreach (var registration in registrations)
        {
            await partner.PublishAsync(registration, registration.EventId);
        }

        foreach (var registration in registrations)
        {
            await WaitForProjectionAsync(registration.ParticipantId, revision: 1);
        }

        var first = await GetJsonAsync($"{ParticipantsRoute}?page=1&pageSize=2");
        var second = await GetJsonAsync($"{ParticipantsRoute}?page=2&pageSize=2");
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("totalCount").GetInt32() >= 3);
        var dates = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("expectedReleaseDate").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var ids = first.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("participantId").GetString());
        Assert.DoesNotContain(second.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("participantId").GetString()), ids.Contains);
    }

    [Fact]
    public async Task Transfer_and_release_reach_the_projection()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 1);
        var transferred = new ParticipantTransferredV1
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = registered.ParticipantId,
            FromFacilityId = "pi-alphen", ToFacilityId = "pi-zwolle", ToFacility = "PI Zwolle", TransferredOn = new DateOnly(2026, 6, 1), Revision = 2,
        };
        var released = new ParticipantReleasedV1
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = registered.ParticipantId,
            ReleasedOn = new DateOnly(2026, 9, 1), Revision = 3,
        };

        await partner.PublishAsync(transferred, transferred.EventId);
        var moved = await WaitForProjectionAsync(registered.ParticipantId, revision: 2);
        await partner.PublishAsync(released, released.EventId);
        var free = await WaitForProjectionAsync(registered.ParticipantId, revision: 3);

        Assert.Equal(("PI Zwolle", "pi-zwolle"), (moved.GetProperty("facility").GetString(), moved.GetProperty("facilityId").GetString()));
        Assert.Equal("2026-09-01", free.GetProperty("releasedOn").GetString());
    }

    /// <summary>
    /// Long enough for MassTransit's own reconnection back-off (3, 6, 12, 24, then 30 s between attempts,
    /// plus a second each) to have its next attempt some 20 s after the broker is back, as a real broker
    /// restart of half a minute does.
    /// </summary>
    private static readonly TimeSpan LongBrokerOutage = TimeSpan.FromSeconds(26);

    [Fact]
    [Trait("Category", "Faults")]
    public async Task After_a_long_broker_outage_the_consumers_resume_within_seconds()
    {
        await using var partner = await service.StartPartnerBusAsync();
        service.BrokerGate.Close();
        try
        {
            await Task.Delay(LongBrokerOutage);
        }
        finally
        {
            service.BrokerGate.Open();
        }

        var back = Stopwatch.StartNew();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 1);

        Assert.True(back.Elapsed < TimeSpan.FromSeconds(5), $"{service.ServiceName} resumed {back.Elapsed.TotalSeconds:0.0} s after the broker was back");
    }

    [Fact]
    public async Task Consent_withdrawal_marks_the_participant_as_no_longer_processed()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 1);
        var withdrawn = new ConsentWithdrawnV1
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = registered.ParticipantId,
            WithdrawnOn = new DateOnly(2026, 11, 15), Revision = 2,
        };

        await partner.PublishAsync(withdrawn, withdrawn.EventId);

        var projection = await WaitForProjectionAsync(registered.ParticipantId, revision: 2);
        Assert.Equal("2026-11-15", projection.GetProperty("consentWithdrawnOn").GetString());
        // Pseudonymous facts stay for anonymous counts; only erasure removes them.
        Assert.Equal(registered.Facility, projection.GetProperty("facility").GetString());
    }

    [Fact]
    public async Task Erasure_leaves_only_the_pseudonymous_id()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 1);

        var erased = Erasure(registered.ParticipantId, revision: 2);
        await partner.PublishAsync(erased, erased.EventId);

        var projection = await WaitForProjectionAsync(registered.ParticipantId, revision: 2);
        Assert.True(projection.GetProperty("erased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, projection.GetProperty("facility").ValueKind);
        Assert.Equal(JsonValueKind.Null, projection.GetProperty("expectedReleaseDate").ValueKind);
    }

    [Fact]
    public async Task Registration_arriving_after_the_erasure_does_not_bring_the_data_back()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        var erased = Erasure(registered.ParticipantId, revision: 2);

        await partner.PublishAsync(erased, erased.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 2);
        await partner.PublishAsync(registered, registered.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1 AND consumer = $2", registered.EventId, ConsumerQueue) == 1, "the late registration to be processed");

        var projection = await GetProjectionAsync(registered.ParticipantId);
        Assert.True(projection!.Value.GetProperty("erased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, projection.Value.GetProperty("facility").ValueKind);
    }

    [Fact]
    public async Task Reading_a_participant_is_audited_for_admins_to_query()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var registered = NewRegistration();
        await partner.PublishAsync(registered, registered.EventId);
        await WaitForProjectionAsync(registered.ParticipantId, revision: 1);
        using var reader = service.ClientAs(Roles.Coordinator, subject: $"reader-{Guid.NewGuid():N}");

        (await reader.GetAsync($"{ParticipantsRoute}/{registered.ParticipantId}")).EnsureSuccessStatusCode();

        using var admin = service.ClientAs(Roles.Admin);
        // Reads are written moments after the answer, in a batch.
        var read = await Eventually.ReturnsAsync<JsonElement?>(async () =>
            (await GetJsonAsync(admin, $"/api/{service.ServiceName}/audit?participantId={registered.ParticipantId}"))
                .GetProperty("items").EnumerateArray()
                .Where(entry => entry.GetProperty("userId").GetString()!.StartsWith("reader-", StringComparison.Ordinal))
                .Select(entry => (JsonElement?)entry)
                .SingleOrDefault(),
            "the read in the audit log");
        Assert.Equal("Read", read!.Value.GetProperty("action").GetString());
        Assert.Equal(Roles.Coordinator, read.Value.GetProperty("role").GetString());
        Assert.Equal($"GET /api/{service.ServiceName}/participants/{{participantId:guid}}", read.Value.GetProperty("endpoint").GetString());
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?page=abc", "page")]
    public async Task Bad_paging_is_a_400_that_names_the_field(string query, string field)
    {
        var response = await service.Client.GetAsync(ParticipantsRoute + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Unknown_participant_is_a_404()
    {
        var response = await service.Client.GetAsync($"{ParticipantsRoute}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static ParticipantErasedV1 Erasure(Guid participantId, int revision) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        ParticipantId = participantId,
        Revision = revision,
    };

    private static ParticipantRegisteredV1 NewRegistration(Guid? participantId = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        ParticipantId = participantId ?? Guid.NewGuid(),
        Facility = "PI Alphen aan den Rijn",
        ExpectedReleaseDate = new DateOnly(2027, 5, 1),
        Revision = 1,
    };

    private async Task<JsonElement> WaitForProjectionAsync(Guid participantId, int revision)
    {
        var projection = await Eventually.ReturnsAsync<JsonElement?>(async () =>
            await GetProjectionAsync(participantId) is { } json && json.GetProperty("revision").GetInt32() == revision ? json : null,
            $"participant {participantId} at revision {revision} in {service.ServiceName}");
        return projection!.Value;
    }

    private async Task<JsonElement?> GetProjectionAsync(Guid participantId)
    {
        var response = await service.Client.GetAsync($"{ParticipantsRoute}/{participantId}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement;
    }

    private Task<JsonElement> GetJsonAsync(string uri) => GetJsonAsync(service.Client, uri);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string uri)
    {
        var response = await client.GetAsync(uri);
        return JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement;
    }
}
