using System.Net;
using Aspire.Hosting.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// Intake through the gateway reaches every service's projection; nothing is lost or doubled while
/// RabbitMQ is down. Runs the real AppHost, PostgreSQL and RabbitMQ.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VerticalSliceTests(SystemFixture system)
{
    private static readonly string[] Followers = ["placement", "aftercare", "volunteers"];

    [Fact]
    public async Task Participant_registered_through_the_gateway_appears_in_every_projection()
    {
        var participantId = await RegisterAsync("Sanne Bakker");

        foreach (var service in Followers)
        {
            var projection = await SystemFixture.EventuallyAsync(async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/{service}/participants/{participantId}");
                return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
            }, $"participant in {service}");
            Assert.Contains("PI Nieuwegein", projection);
            Assert.DoesNotContain("Bakker", projection);
        }
    }

    [Fact]
    public async Task A_release_recorded_in_Courses_opens_aftercare_for_six_months()
    {
        var participantId = await RegisterAsync("Ruben Vos");
        // Released the day of intake: a release cannot be dated before the stay it ends began.
        var releasedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        // Aftercare starts only for a participant who consented.
        var consented = await system.Gateway.PostAsJsonAsync($"/api/courses/participants/{participantId}/consents",
            new { purpose = "Participation", givenOn = releasedOn });
        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);

        var released = await system.Gateway.PostAsJsonAsync($"/api/courses/participants/{participantId}/release", new { releasedOn });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);

        // The release names the facility and the consent, so it need not wait for the registration.
        var trajectories = await SystemFixture.EventuallyAsync(async () =>
        {
            var page = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories?participantId={participantId}");
            return page.GetProperty("totalCount").GetInt32() == 1 ? page.GetRawText() : null;
        }, "a trajectory in Aftercare");
        var trajectory = JsonDocument.Parse(trajectories).RootElement.GetProperty("items")[0];
        Assert.Equal(releasedOn.AddMonths(6).ToString("yyyy-MM-dd"), trajectory.GetProperty("plannedEndOn").GetString());
        Assert.Equal("pi-nieuwegein", trajectory.GetProperty("facilityId").GetString());
    }

    [Fact]
    public async Task Fifty_intakes_while_RabbitMQ_is_down_each_arrive_exactly_once_when_it_returns()
    {
        await system.StopResourceAsync("rabbitmq");
        List<Guid> ids;
        try
        {
            ids = [];
            for (var i = 0; i < 50; i++)
            {
                ids.Add(await RegisterAsync($"Outage Intake {i}"));
            }
        }
        finally
        {
            await system.StartResourceAsync("rabbitmq");
        }

        var eventIds = await QueryIdsAsync("coursesdb",
            "SELECT message_id FROM outbox_messages WHERE (payload->>'participantId')::uuid = ANY($1)", ids.ToArray());
        Assert.Equal(ids.Count, eventIds.Length);
        foreach (var service in Followers)
        {
            await SystemFixture.EventuallyAsync(async () => await CountAsync(service, "SELECT count(*) FROM participants WHERE participant_id = ANY($1)", ids.ToArray()) == ids.Count ? "all" : null,
                $"all 50 participants in {service}", TimeSpan.FromMinutes(2));
            // Each event processed once by the projector: one inbox row per event (the key forbids a second).
            Assert.Equal(ids.Count, await CountAsync(service,
                "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1) AND consumer LIKE '%participant-registered-projector'", eventIds));
        }
    }

    [Fact]
    public async Task Erasure_through_the_gateway_reaches_every_projection()
    {
        var participantId = await RegisterAsync("Erik Smit");
        using var admin = await system.ClientAsAsync("admin");

        (await admin.PostAsync($"/api/courses/participants/{participantId}/erasure", null)).EnsureSuccessStatusCode();

        foreach (var service in Followers)
        {
            var projection = await SystemFixture.EventuallyAsync(async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/{service}/participants/{participantId}");
                var body = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
                return body is not null && JsonDocument.Parse(body).RootElement.GetProperty("erased").GetBoolean() ? body : null;
            }, $"the erasure in {service}");
            Assert.DoesNotContain("PI Nieuwegein", projection);
        }
    }

    [Fact]
    public async Task Without_a_token_the_gateway_answers_401_and_partners_get_403()
    {
        using var anonymous = system.App.CreateHttpClient("gateway");
        using var partner = await system.ClientAsAsync("partner");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/placement/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/placement/participants")).StatusCode);
    }

    [Fact]
    public async Task Gateway_publishes_each_services_OpenAPI_document()
    {
        foreach (var service in new[] { "courses", "placement", "aftercare", "volunteers" })
        {
            var document = JsonDocument.Parse(await system.Gateway.GetStringAsync($"/openapi/{service}.json")).RootElement;
            Assert.Contains(service, document.GetProperty("info").GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Unknown_route_is_a_plain_404_problem()
    {
        var response = await system.Gateway.GetAsync("/api/unknown/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<Guid> RegisterAsync(string fullName)
    {
        var response = await system.Gateway.PostAsJsonAsync("/api/courses/participants", new
        {
            fullName,
            dateOfBirth = "1985-10-02",
            contactLanguage = "nl",
            group = "Prisoner",
            facilityId = "pi-nieuwegein",
            expectedReleaseDate = "2027-09-01",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<long> CountAsync(string service, string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync($"{service}db"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<Guid[]> QueryIdsAsync(string database, string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(await system.ConnectionStringAsync(database));
        await connection.OpenAsync();
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
}
