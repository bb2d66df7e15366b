using System.Diagnostics;
using System.Net;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// Broker and consumer faults on the real system, through the gateway: RabbitMQ stopped for 30 s in the
/// middle of a stream of work, and Placement killed outright while it takes in CAO completions. Every
/// request is answered 2xx, and afterwards every projection and every consumer effect exists exactly
/// once, with the error queues empty.
/// </summary>
[Collection(SystemCollection.Name)]
[Trait("Category", "Faults")]
public sealed class MessagingFaultTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly TimeSpan BrokerOutage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Broker_stopped_for_30_s_during_500_intakes_and_500_attendance_records_loses_and_doubles_nothing()
    {
        // Ten CAO runs of ten participants: five sessions each make 500 attendance records.
        var runs = await CaoRunsOfTenAsync(10, "Cursist", sessionsHeld: 0);

        var stream = Stopwatch.StartNew();
        Task<(TimeSpan Outage, DateTime ReadyAt)>? brokerBack = null;
        var intakes = new List<Guid>();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 500; i++)
        {
            if (i == 100)
            {
                // A fifth into the stream the broker goes, and comes back 30 s later.
                await system.StopResourceAsync("rabbitmq");
                var stopped = Stopwatch.StartNew();
                brokerBack = Task.Run(async () =>
                {
                    await Task.Delay(BrokerOutage);
                    await system.StartResourceAsync("rabbitmq");
                    return (stopped.Elapsed, DateTime.UtcNow);
                });
            }

            using var intake = await system.Gateway.IntakeAsync($"Stroom {i}");
            answers.Add(intake.StatusCode);
            if (intake.StatusCode == HttpStatusCode.Created)
            {
                intakes.Add(await GatewayCalls.IdOfAsync(intake));
            }

            // One session of one run after every tenth intake: 50 sessions of ten participants.
            if (i % 10 == 9)
            {
                var (run, participants) = runs[i / 10 % runs.Count];
                using var attended = await system.Gateway.AttendAsync(run, number: i / 100 + 1, participants);
                answers.Add(attended.StatusCode);
            }
        }

        var streamEnded = stream.Elapsed;
        var (outage, readyAt) = await brokerBack!;
        output.WriteLine($"550 requests in {streamEnded.TotalSeconds:0} s; the broker was stopped after 100 intakes, for {outage.TotalSeconds:0} s.");
        Assert.All(answers, status => Assert.True((int)status is >= 200 and < 300, $"answered {(int)status}"));

        // How soon each service consumed again once the broker was back and ready.
        foreach (var service in new[] { "placement", "aftercare", "volunteers" })
        {
            var first = await SystemFixture.EventuallyAsync(() => system.ScalarAsync<DateTime?>($"{service}db",
                "SELECT min(processed_at) FROM inbox_messages WHERE processed_at > $1", readyAt), $"{service} to consume again", TimeSpan.FromMinutes(1));
            var resumed = first!.Value - readyAt;
            output.WriteLine($"{service} consumed again {resumed.TotalSeconds:0.0} s after the broker was ready.");
            Assert.True(resumed < TimeSpan.FromSeconds(15), $"{service} resumed {resumed.TotalSeconds:0.0} s after the broker was back");
        }

        var enrolled = runs.SelectMany(run => run.Participants).ToArray();
        await system.AssertEveryProjectionHasEachOnceAsync([.. intakes, .. enrolled]);
        // Every enrolled participant attended all five sessions, so completed CAO: one candidate each in Placement.
        await SystemFixture.EventuallyHoldsAsync(async () => await system.CountAsync("placementdb",
            "SELECT count(*) FROM candidates WHERE participant_id = ANY($1)", enrolled) == enrolled.Length, "a candidate per CAO completion", TimeSpan.FromMinutes(2));
        Assert.Equal(enrolled.Length, await system.CountAsync("placementdb",
            "SELECT count(DISTINCT participant_id) FROM candidates WHERE participant_id = ANY($1)", enrolled));
        Assert.Empty(await system.ErrorQueuesWithMessagesAsync());
    }

    [Fact]
    public async Task Placement_killed_during_200_CAO_completions_ends_with_exactly_200_candidates()
    {
        // Twenty CAO runs of ten, each with four of its five sessions held: the fifth completes the course.
        var runs = await CaoRunsOfTenAsync(20, "Kandidaat", sessionsHeld: 4);

        for (var r = 0; r < runs.Count; r++)
        {
            if (r == 5)
            {
                // Mid-stream, with completions in Placement's queue and some half processed.
                output.WriteLine($"Killed {await system.KillResourceAsync("placement")} after {r} of {runs.Count} runs completed.");
            }

            if (r == 12)
            {
                await system.StartResourceAsync("placement");
            }

            using var last = await system.Gateway.AttendAsync(runs[r].Run, 5, runs[r].Participants);
            Assert.True(last.IsSuccessStatusCode, $"run {r}, last session: {(int)last.StatusCode}");
        }

        var completed = runs.SelectMany(run => run.Participants).ToArray();
        await SystemFixture.EventuallyHoldsAsync(async () => await system.CountAsync("placementdb",
            "SELECT count(*) FROM candidates WHERE participant_id = ANY($1)", completed) == completed.Length, "200 candidates", TimeSpan.FromMinutes(2));
        Assert.Equal(200, await system.CountAsync("placementdb", "SELECT count(*) FROM candidates WHERE participant_id = ANY($1)", completed));
        Assert.Empty(await system.ErrorQueuesWithMessagesAsync());
    }

    /// <summary>CAO runs of ten consenting participants each, with their first <paramref name="sessionsHeld"/> sessions attended by all.</summary>
    private async Task<List<((Guid RunId, DateOnly[] Sessions) Run, Guid[] Participants)>> CaoRunsOfTenAsync(int count, string name, int sessionsHeld)
    {
        var runs = new List<((Guid RunId, DateOnly[] Sessions) Run, Guid[] Participants)>();
        for (var r = 0; r < count; r++)
        {
            var participants = new Guid[10];
            for (var p = 0; p < participants.Length; p++)
            {
                participants[p] = await system.Gateway.ConsentingParticipantAsync($"{name} {r}-{p}");
            }

            var run = await system.Gateway.ScheduleCaoRunAsync(participants);
            for (var session = 1; session <= sessionsHeld; session++)
            {
                using var attended = await system.Gateway.AttendAsync(run, session, participants);
                Assert.True(attended.IsSuccessStatusCode, $"session {session}: {(int)attended.StatusCode}");
            }

            runs.Add((run, participants));
        }

        return runs;
    }
}
