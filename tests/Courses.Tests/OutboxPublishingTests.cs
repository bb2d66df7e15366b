using System.Net;
using System.Net.Http.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Npgsql;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// The transactional outbox on real PostgreSQL and RabbitMQ: what Courses publishes, when, in which
/// order, and that nothing is lost while the broker is away or the service restarts.
/// </summary>
public sealed class OutboxPublishingTests(SignalOnlyCoursesFixture service) : IClassFixture<SignalOnlyCoursesFixture>
{
    [Fact]
    public async Task Intake_publishes_ParticipantRegistered_on_commit_without_personal_data()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());

        var participantId = await service.RegisterAsync("Mohammed Yilmaz");

        var received = await partner.ReceivedOf<ParticipantRegisteredV1>()
            .WaitForAsync(e => e.ParticipantId == participantId, "ParticipantRegisteredV1 for the new participant");
        Assert.Equal("PI Alphen aan den Rijn", received.Message.Facility);
        Assert.Equal(new DateOnly(2027, 3, 1), received.Message.ExpectedReleaseDate);
        Assert.Equal(1, received.Message.Revision);
        // The event id is the bus message id: what consumers use to drop duplicates.
        Assert.Equal(received.Message.EventId, received.MessageId);
        // Nothing on the wire names the person.
        Assert.DoesNotContain("Yilmaz", received.RawBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Prisoner", received.RawBody, StringComparison.OrdinalIgnoreCase);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_id = $1 AND sent_at IS NOT NULL", received.Message.EventId) == 1,
            "the outbox row to be marked sent");
    }

    [Fact]
    public async Task Event_continues_the_trace_of_the_request_that_caused_it()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, CoursesApi.Participants) { Content = JsonContent.Create(CoursesApi.NewIntake()) };
        request.Headers.Add("traceparent", $"00-{traceId}-{traceId[..16]}-01");

        var response = await service.Client.SendAsync(request);
        var participantId = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<IdOnly>())!.Id;

        var received = await partner.ReceivedOf<ParticipantRegisteredV1>()
            .WaitForAsync(e => e.ParticipantId == participantId, "the event of the traced request");
        Assert.Contains(traceId, received.Headers["MT-Activity-Id"]?.ToString());
    }

    [Fact]
    public async Task Change_commits_while_the_broker_is_down_and_its_event_follows_when_it_returns()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        service.BrokerGate.Close();
        Guid participantId;
        try
        {
            participantId = await service.RegisterAsync();

            // The intake is stored and readable although no event could leave.
            Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync($"{CoursesApi.Participants}/{participantId}")).StatusCode);
            await Eventually.HoldsAsync(() => service.EventWaitsAfterFailedPublishAsync(participantId),
                "a failed publish attempt while the broker is unreachable");
            await Eventually.HoldsAsync(async () => (await service.Client.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable,
                "the health check to report the broker as unreachable");
        }
        finally
        {
            service.BrokerGate.Open();
        }

        await partner.ReceivedOf<ParticipantRegisteredV1>()
            .WaitForAsync(e => e.ParticipantId == participantId, "the event after the broker returned", TimeSpan.FromSeconds(60));
        Assert.Single(partner.ReceivedOf<ParticipantRegisteredV1>().All, e => e.Message.ParticipantId == participantId);
    }

    [Fact]
    public async Task Events_committed_before_a_restart_are_published_after_it()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        service.BrokerGate.Close();
        Guid participantId;
        try
        {
            participantId = await service.RegisterAsync();
            await Eventually.HoldsAsync(() => service.EventWaitsAfterFailedPublishAsync(participantId),
                "a failed publish attempt before the restart");

            await service.RestartAsync();
        }
        finally
        {
            service.BrokerGate.Open();
        }

        await partner.ReceivedOf<ParticipantRegisteredV1>()
            .WaitForAsync(e => e.ParticipantId == participantId, "the event from before the restart", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Events_are_published_in_commit_order()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());

        var ids = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => service.RegisterAsync($"Concurrent {i}")));

        await Eventually.HoldsAsync(() => Task.FromResult(
            ids.All(id => partner.ReceivedOf<ParticipantRegisteredV1>().All.Any(e => e.Message.ParticipantId == id))),
            "all 30 events");
        var commitOrder = await ReadParticipantsInCommitOrderAsync(ids);
        var arrivalOrder = partner.ReceivedOf<ParticipantRegisteredV1>().All
            .Select(e => e.Message.ParticipantId).Where(ids.Contains).ToList();
        Assert.Equal(commitOrder, arrivalOrder);
    }

    [Fact]
    public async Task Commit_sequence_follows_commit_order_not_insert_order()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        var insertedFirst = await InsertOutboxRowAsync(first);
        var insertedSecond = await InsertOutboxRowAsync(second);

        // The later insert commits first...
        await secondTransaction.CommitAsync();
        await firstTransaction.CommitAsync();

        // ...so it is published first.
        var sequenceOfFirst = await service.QueryScalarAsync<long>("SELECT commit_sequence FROM outbox_messages WHERE message_id = $1", insertedFirst);
        var sequenceOfSecond = await service.QueryScalarAsync<long>("SELECT commit_sequence FROM outbox_messages WHERE message_id = $1", insertedSecond);
        Assert.True(sequenceOfSecond < sequenceOfFirst, $"second committed first, so {sequenceOfSecond} < {sequenceOfFirst}");
    }

    private async Task<List<Guid>> ReadParticipantsInCommitOrderAsync(Guid[] ids)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (payload->>'participantId')::uuid FROM outbox_messages WHERE message_type LIKE '%ParticipantRegisteredV1' AND (payload->>'participantId')::uuid = ANY($1) ORDER BY commit_sequence",
            connection);
        command.Parameters.AddWithValue(ids);
        var ordered = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ordered.Add(reader.GetGuid(0));
        }

        return ordered;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(service.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<Guid> InsertOutboxRowAsync(NpgsqlConnection connection)
    {
        var eventId = Guid.CreateVersion7();
        await using var command = new NpgsqlCommand("""
            INSERT INTO outbox_messages (message_id, message_type, payload, created_at, attempts)
            VALUES ($1, 'HerstelWerk.Contracts.Courses.ParticipantRegisteredV1', $2::jsonb, now(), 0)
            """, connection);
        command.Parameters.AddWithValue(eventId);
        command.Parameters.AddWithValue($$"""
            {"eventId":"{{eventId}}","occurredAt":"2026-01-01T00:00:00Z","participantId":"{{Guid.NewGuid()}}",
             "facility":"PI Vught","expectedReleaseDate":"2027-01-01","revision":1}
            """);
        await command.ExecuteNonQueryAsync();
        return eventId;
    }

    private sealed record IdOnly(Guid Id);
}
