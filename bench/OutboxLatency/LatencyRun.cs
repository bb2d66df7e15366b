using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;

namespace HerstelWerk.Bench.OutboxLatency;

/// <summary>
/// Registers participants one at a time through the Courses API and times each from the request
/// until a subscriber on the broker holds the resulting event: commit, dispatch, publish with
/// confirm, routing and delivery.
/// </summary>
internal static class LatencyRun
{
    public sealed record Result(string Mode, double[] MillisecondsSorted)
    {
        public double Percentile(double p) => MillisecondsSorted[(int)Math.Min(MillisecondsSorted.Length - 1, Math.Round(p * (MillisecondsSorted.Length - 1)))];

        public double Mean => MillisecondsSorted.Average();
    }

    public static async Task<Result> MeasureAsync(string mode, bool wakeOnCommit, TimeSpan pollInterval, int warmUp, int samples)
    {
        var service = new BenchCoursesFixture(wakeOnCommit, pollInterval);
        await service.InitializeAsync();
        try
        {
            await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantRegisteredV1>());
            var received = partner.ReceivedOf<ParticipantRegisteredV1>();
            var latencies = new List<double>(samples);
            for (var i = 0; i < warmUp + samples; i++)
            {
                if (!wakeOnCommit)
                {
                    // Land at a random point of the poll cycle, as real requests do.
                    await Task.Delay(Random.Shared.Next((int)pollInterval.TotalMilliseconds));
                }

                var started = Stopwatch.GetTimestamp();
                var response = await service.Client.PostAsJsonAsync("/api/courses/participants", new
                {
                    fullName = $"Bench {i}",
                    dateOfBirth = "1990-04-12",
                    contactLanguage = "nl",
                    group = "Prisoner",
                    facilityId = "pi-zwolle",
                    expectedReleaseDate = "2027-03-01",
                });
                var id = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
                var envelope = await received.WaitForAsync(e => e.ParticipantId == id, $"event {i}", TimeSpan.FromSeconds(30));
                if (i >= warmUp)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started, envelope.ReceivedAt).TotalMilliseconds);
                }
            }

            return new Result(mode, [.. latencies.Order()]);
        }
        finally
        {
            await service.DisposeAsync();
        }
    }
}
