using System.Collections.Concurrent;
using System.Net;
using Npgsql;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// Database faults on the real system, through the gateway: one service's database refusing
/// connections while the others stay up, and the one PostgreSQL server of local mode restarted. While
/// a database is gone its service answers 503 with Retry-After, never 500; once it is back nothing
/// is lost, neither from an outbox nor into an inbox.
/// </summary>
[Collection(SystemCollection.Name)]
[Trait("Category", "Faults")]
public sealed class DatabaseFaultTests(SystemFixture system)
{
    private static readonly string[] Services = ["courses", "placement", "aftercare", "volunteers"];

    [Fact]
    public async Task One_services_database_refusing_connections_gives_503_there_while_the_others_go_on_serving()
    {
        await SetAllowConnectionsAsync("placementdb", allowed: false);
        List<Guid> registered;
        ConcurrentBag<HttpStatusCode> placementAnswers;
        ConcurrentBag<HttpStatusCode> aftercareAnswers;
        try
        {
            placementAnswers = [];
            aftercareAnswers = [];
            registered = [];
            for (var i = 0; i < 20; i++)
            {
                // Courses, whose database is fine, goes on taking intakes; their events wait in Placement's queue.
                registered.Add(await system.Gateway.RegisterAsync($"Refused Placement {i}"));
                placementAnswers.Add(await StatusAsync("/api/placement/participants"));
                aftercareAnswers.Add(await StatusAsync("/api/aftercare/participants"));
            }

            var known = await AnswerAsync("/api/placement/participants");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, known.StatusCode);
            Assert.Equal("application/problem+json", known.Content.Headers.ContentType?.MediaType);
            Assert.True(known.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After on the 503");
        }
        finally
        {
            await SetAllowConnectionsAsync("placementdb", allowed: true);
        }

        Assert.All(placementAnswers, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"placement answered {(int)status}"));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, placementAnswers);
        Assert.All(aftercareAnswers, status => Assert.Equal(HttpStatusCode.OK, status));
        await system.AssertEveryProjectionHasEachOnceAsync(registered);
    }

    [Fact]
    public async Task PostgreSQL_restarted_under_load_gives_503_never_500_and_loses_no_event()
    {
        // Committed just before the server goes: their events may still be in Courses' outbox.
        var before = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            before.Add(await system.Gateway.RegisterAsync($"Before Restart {i}"));
        }

        await system.StopResourceAsync("postgres");
        var during = new ConcurrentBag<(string Service, HttpStatusCode Status, bool RetryAfter)>();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                foreach (var service in Services)
                {
                    using var response = await AnswerAsync($"/api/{service}/participants");
                    during.Add((service, response.StatusCode, response.Headers.RetryAfter is not null));
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            await system.StartResourceAsync("postgres");
        }

        Assert.All(during, answer => Assert.True(answer is { Status: HttpStatusCode.ServiceUnavailable, RetryAfter: true },
            $"{answer.Service} answered {(int)answer.Status} while PostgreSQL was down{(answer.RetryAfter ? "" : ", without Retry-After")}"));

        // Back: new intakes succeed again once the services noticed, and nothing from before or after is lost.
        var after = await SystemFixture.EventuallyAsync(async () =>
        {
            var response = await system.Gateway.IntakeAsync("After Restart");
            return response.StatusCode == HttpStatusCode.Created ? (Guid?)await GatewayCalls.IdOfAsync(response) : null;
        }, "an intake to succeed after the restart", TimeSpan.FromSeconds(60));
        await system.AssertEveryProjectionHasEachOnceAsync([.. before, after!.Value]);
    }

    private async Task SetAllowConnectionsAsync(string resource, bool allowed)
    {
        var database = new NpgsqlConnectionStringBuilder(await system.ConnectionStringAsync(resource)).Database!;
        await using var connection = await system.OpenAsync("coursesdb");
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }

        if (!allowed)
        {
            // Connections already open would go on working; end them, as an outage would.
            await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1", connection);
            terminate.Parameters.AddWithValue(database);
            await terminate.ExecuteScalarAsync();
        }
    }

    private async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var response = await AnswerAsync(path);
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> AnswerAsync(string path) => system.Gateway.GetAsync(path);
}
