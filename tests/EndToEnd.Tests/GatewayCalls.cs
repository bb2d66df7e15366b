using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>What the end-to-end tests do through the gateway as a coordinator, and read back from the databases.</summary>
internal static class GatewayCalls
{
    public const string Facility = "pi-nieuwegein";

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static Task<HttpResponseMessage> IntakeAsync(this HttpClient gateway, string fullName) =>
        gateway.PostAsJsonAsync("/api/courses/participants", new
        {
            fullName,
            dateOfBirth = "1985-10-02",
            contactLanguage = "nl",
            group = "Prisoner",
            facilityId = Facility,
            expectedReleaseDate = "2027-09-01",
        });

    public static async Task<Guid> RegisterAsync(this HttpClient gateway, string fullName)
    {
        using var response = await gateway.IntakeAsync(fullName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await IdOfAsync(response);
    }

    /// <summary>A registered participant who consented to take part, so they can be enrolled.</summary>
    public static async Task<Guid> ConsentingParticipantAsync(this HttpClient gateway, string fullName)
    {
        var id = await gateway.RegisterAsync(fullName);
        using var consent = await gateway.PostAsJsonAsync($"/api/courses/participants/{id}/consents", new { purpose = "Participation", givenOn = Today });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        return id;
    }

    /// <summary>A CAO group run at <see cref="Facility"/> whose five sessions were in the past five weeks.</summary>
    public static async Task<(Guid RunId, DateOnly[] Sessions)> ScheduleCaoRunAsync(this HttpClient gateway, IEnumerable<Guid> participants)
    {
        var sessions = Enumerable.Range(0, 5).Select(week => Today.AddDays(-7 * (5 - week))).ToArray();
        using var scheduled = await gateway.PostAsJsonAsync("/api/courses/runs",
            new { courseTypeId = "cao", facilityId = Facility, format = "Group", capacity = 12, sessions });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var runId = await IdOfAsync(scheduled);
        foreach (var participant in participants)
        {
            using var enrolled = await gateway.PostAsJsonAsync($"/api/courses/runs/{runId}/enrolments", new { participantId = participant });
            Assert.True(enrolled.IsSuccessStatusCode, $"enrolment: {(int)enrolled.StatusCode} {await enrolled.Content.ReadAsStringAsync()}");
        }

        return (runId, sessions);
    }

    /// <summary>Everyone present at session <paramref name="number"/> (1-based) of the run.</summary>
    public static Task<HttpResponseMessage> AttendAsync(this HttpClient gateway, (Guid RunId, DateOnly[] Sessions) run, int number, IEnumerable<Guid> participants) =>
        gateway.PostAsJsonAsync($"/api/courses/runs/{run.RunId}/sessions/{number}/attendance", new
        {
            heldOn = run.Sessions[number - 1],
            attendance = participants.Select(id => new { participantId = id, presence = "Present" }).ToArray(),
        });

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

    /// <summary>A connection of the test's own, unpooled: the fault tests restart the server under it.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(this SystemFixture system, string database)
    {
        var settings = new NpgsqlConnectionStringBuilder(await system.ConnectionStringAsync(database)) { Pooling = false };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<long> CountAsync(this SystemFixture system, string database, string sql, Guid[] ids)
    {
        await using var connection = await system.OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<T?> ScalarAsync<T>(this SystemFixture system, string database, string sql, object parameter)
    {
        await using var connection = await system.OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    public static async Task<Guid[]> QueryIdsAsync(this SystemFixture system, string database, string sql, Guid[] ids)
    {
        await using var connection = await system.OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(ids);
        var result = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetGuid(0));
        }

        return [.. result];
    }

    /// <summary>
    /// Each participant's registration reached every other service's projection once: one projection row,
    /// and one inbox row per event for the projector (the inbox key forbids a second).
    /// </summary>
    public static async Task AssertEveryProjectionHasEachOnceAsync(this SystemFixture system, IReadOnlyCollection<Guid> ids)
    {
        var eventIds = await system.QueryIdsAsync("coursesdb",
            "SELECT message_id FROM outbox_messages WHERE message_type LIKE '%ParticipantRegistered%' AND (payload->>'participantId')::uuid = ANY($1)", ids.ToArray());
        Assert.Equal(ids.Count, eventIds.Length);
        foreach (var service in new[] { "placement", "aftercare", "volunteers" })
        {
            await SystemFixture.EventuallyHoldsAsync(async () => await system.CountAsync($"{service}db",
                    "SELECT count(*) FROM participants WHERE participant_id = ANY($1)", ids.ToArray()) == ids.Count,
                $"all {ids.Count} participants in {service}", TimeSpan.FromMinutes(2));
            Assert.Equal(ids.Count, await system.CountAsync($"{service}db",
                "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1) AND consumer LIKE '%participant-registered-projector'", eventIds));
        }
    }
}
