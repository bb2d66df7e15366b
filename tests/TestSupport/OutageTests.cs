using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// What a service does when its database or the broker stops answering or goes away, run against each
/// service through the <see cref="TcpGate"/>s in front of its servers: never a 500, a 503 with
/// <c>Retry-After</c> that comes fast once the outage is known, a <c>/health</c> that answers and says
/// Unhealthy, and recovery on its own once the server is back.
/// </summary>
public abstract class OutageTests<TProgram>(ServiceFixture<TProgram> service) where TProgram : class
{
    /// <summary>How long a request may take once the service knows its database is gone.</summary>
    private static readonly TimeSpan FastFail = TimeSpan.FromSeconds(2);

    /// <summary>A list a coordinator may read, which always asks the database: every service keeps participants.</summary>
    private string ListPath => $"/api/{service.ServiceName}/participants";

    [Fact]
    public Task A_database_that_stops_answering_gets_503_with_Retry_After_never_500_and_health_says_unhealthy() =>
        DatabaseOutageAsync(service.DatabaseGate.Freeze, service.DatabaseGate.Thaw, TimeSpan.FromSeconds(20));

    [Fact]
    public Task A_database_that_refuses_connections_gets_503_with_Retry_After_never_500_until_it_is_back() =>
        DatabaseOutageAsync(service.DatabaseGate.Close, service.DatabaseGate.Open, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_broker_that_stops_answering_makes_health_unhealthy_and_healthy_again_when_it_answers()
    {
        service.BrokerGate.Freeze();
        try
        {
            await HealthBecomesAsync(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            service.BrokerGate.Thaw();
        }

        await HealthBecomesAsync(HttpStatusCode.OK);
    }

    /// <summary>
    /// Breaks the database for at least <paramref name="atLeast"/> while callers keep reading, then mends
    /// it: every answer meanwhile is 200 or 503, a known outage fails fast, health says so, and the
    /// service recovers on its own.
    /// </summary>
    private async Task DatabaseOutageAsync(Action breakIt, Action mend, TimeSpan atLeast)
    {
        breakIt();
        ConcurrentBag<HttpStatusCode> answers;
        try
        {
            answers = await CallWhileAsync(atLeast, async () =>
            {
                await HealthBecomesAsync(HttpStatusCode.ServiceUnavailable);
                await AssertFailsFastAsync();
            });
        }
        finally
        {
            mend();
        }

        Assert.DoesNotContain(answers, status => (int)status >= 500 && status != HttpStatusCode.ServiceUnavailable);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, answers);
        await RecoversAsync();
    }

    /// <summary>
    /// Runs <paramref name="during"/> while four callers keep reading <see cref="ListPath"/>, at least for
    /// <paramref name="atLeast"/>, and returns every status they got.
    /// </summary>
    private async Task<ConcurrentBag<HttpStatusCode>> CallWhileAsync(TimeSpan atLeast, Func<Task> during)
    {
        var answers = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var callers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await service.Client.GetAsync(ListPath, CancellationToken.None);
                answers.Add(response.StatusCode);
                await Task.Delay(100, CancellationToken.None);
            }
        })).ToArray();
        var minimum = Task.Delay(atLeast);
        await during();
        await minimum;
        await stop.CancelAsync();
        await Task.WhenAll(callers);
        return answers;
    }

    /// <summary>Once the service has noticed (a probe, or a request that timed out), API calls fail fast.</summary>
    private async Task AssertFailsFastAsync()
    {
        await Eventually.HoldsAsync(async () => (await TimedCallAsync()).Fast, "the outage to be known and answered fast");
        var (response, elapsed, fast) = await TimedCallAsync();
        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to try again (Retry-After)");
            Assert.True(fast, $"a known outage was answered in {elapsed.TotalSeconds:0.0} s, more than {FastFail.TotalSeconds} s");
        }
    }

    private async Task<(HttpResponseMessage Response, TimeSpan Elapsed, bool Fast)> TimedCallAsync()
    {
        var watch = Stopwatch.StartNew();
        var response = await service.Client.GetAsync(ListPath);
        return (response, watch.Elapsed, response.StatusCode == HttpStatusCode.ServiceUnavailable && watch.Elapsed < FastFail);
    }

    /// <summary>Health must answer (a check that waits on a silent server would not) and say <paramref name="status"/>.</summary>
    private Task HealthBecomesAsync(HttpStatusCode status) =>
        Eventually.HoldsAsync(async () =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                using var response = await service.Client.GetAsync("/health", timeout.Token);
                return response.StatusCode == status;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return false;
            }
        }, $"/health to answer {(int)status} within 5 s", TimeSpan.FromSeconds(20));

    private async Task RecoversAsync()
    {
        await HealthBecomesAsync(HttpStatusCode.OK);
        await Eventually.HoldsAsync(async () => (await service.Client.GetAsync(ListPath)).StatusCode == HttpStatusCode.OK,
            $"{ListPath} to answer 200 again");
    }
}
