using System.Net.Http.Json;
using System.Net;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Npgsql;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>What keeps the outbox healthy over months: clean-up, and rows that can never be sent.</summary>
public sealed class OutboxMaintenanceTests(ImmediateCleanupCoursesFixture service) : IClassFixture<ImmediateCleanupCoursesFixture>
{
    [Fact]
    public async Task Sent_rows_are_removed_after_their_retention()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        var participantId = await service.RegisterAsync();
        var sent = await partner.ReceivedOf<ParticipantRegisteredV1>().WaitForAsync(e => e.ParticipantId == participantId, "the event");

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_id = $1", sent.Message.EventId) == 0,
            "the sent row to be cleaned up");
    }

    [Fact]
    public async Task Remembered_answers_to_keyed_intakes_are_removed_after_their_retention()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CoursesApi.Participants) { Content = JsonContent.Create(CoursesApi.NewIntake("Kort Bewaard")) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        (await service.Client.SendAsync(request)).EnsureSuccessStatusCode();
        // Remembered for its two seconds of retention, then gone.
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM idempotent_requests WHERE body LIKE '%Kort Bewaard%'"));

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM idempotent_requests WHERE body LIKE '%Kort Bewaard%'") == 0, "the remembered answer to be cleaned up");
    }

    [Fact]
    public async Task Unreadable_row_is_parked_and_does_not_block_later_events()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
        var broken = Guid.CreateVersion7();
        await using (var connection = new NpgsqlConnection(service.DatabaseConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO outbox_messages (message_id, message_type, payload, created_at, attempts)
                VALUES ($1, 'HerstelWerk.Contracts.Courses.RemovedInARollbackV1', '{}'::jsonb, now(), 0)
                """, connection);
            insert.Parameters.AddWithValue(broken);
            await insert.ExecuteNonQueryAsync();
        }

        var participantId = await service.RegisterAsync();

        await partner.ReceivedOf<ParticipantRegisteredV1>().WaitForAsync(e => e.ParticipantId == participantId, "the event behind the broken row");
        // The batch that parked it commits after its publishes, so the mark may trail the event a little.
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_id = $1 AND failed_at IS NOT NULL AND last_error IS NOT NULL", broken) == 1,
            "the unreadable row to be parked");
        var health = await service.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }
}
