using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Telemetry;

namespace HerstelWerk.Bench.OutboxLatency;

/// <summary>
/// What auditing costs a read: reads one participant record many times and compares the time the
/// request spends handing its audit entry over (the service's own histogram) with the whole request,
/// as the client sees it, and checks every read reached the audit log.
/// </summary>
internal static class AuditShareRun
{
    public sealed record Result(double RequestMeanMs, double AuditMeanMs, double RequestP50Ms, double AuditP50Ms)
    {
        public double Share => AuditMeanMs / RequestMeanMs;
    }

    public static async Task<Result> MeasureAsync(int warmUp, int samples)
    {
        var service = new BenchCoursesFixture(wakeOnCommit: true, TimeSpan.FromSeconds(5));
        await service.InitializeAsync();
        var auditWrites = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name == HerstelWerkDiagnostics.Name && instrument.Name == HerstelWerkDiagnostics.Metrics.AuditWriteDuration)
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => auditWrites.Enqueue(value));
        listener.Start();
        try
        {
            var created = await service.Client.PostAsJsonAsync("/api/courses/participants", new
            {
                fullName = "Bench Audit",
                dateOfBirth = "1990-04-12",
                contactLanguage = "nl",
                group = "Prisoner",
                facilityId = "pi-zwolle",
                expectedReleaseDate = "2027-03-01",
            });
            var id = JsonDocument.Parse(await created.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

            var requests = new List<double>(samples);
            for (var i = 0; i < warmUp + samples; i++)
            {
                if (i == warmUp)
                {
                    auditWrites.Clear();
                }

                var started = Stopwatch.GetTimestamp();
                (await service.Client.GetAsync($"/api/courses/participants/{id}")).EnsureSuccessStatusCode();
                if (i >= warmUp)
                {
                    requests.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var audited = await service.QueryScalarAsync<long>("SELECT count(*) FROM audit_log WHERE participant_id = $1 AND action = 'Read'", id);
            if (audited < warmUp + samples)
            {
                await Task.Delay(1000); // the last batch may still be on its way
                audited = await service.QueryScalarAsync<long>("SELECT count(*) FROM audit_log WHERE participant_id = $1 AND action = 'Read'", id);
            }

            Console.WriteLine($"Reads audited: {audited} of {warmUp + samples}");
            var audits = auditWrites.Order().ToList();
            var sortedRequests = requests.Order().ToList();
            return new Result(requests.Average(), audits.Average(), sortedRequests[sortedRequests.Count / 2], audits[audits.Count / 2]);
        }
        finally
        {
            await service.DisposeAsync();
        }
    }
}
