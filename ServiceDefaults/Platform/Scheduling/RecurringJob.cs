using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Scheduling;

/// <summary>
/// A job that runs a round at start and then every <see cref="Interval"/> for as long as the service
/// runs. A failed round is logged and the next one tries again: a missed round only delays its work,
/// and must never stop the job.
/// </summary>
public abstract class RecurringJob(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock the timer runs on; tests may give the job a fake one.</summary>
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round of the job's work.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Logger.LogWarning(exception, "A round of {Job} failed; the next round tries again", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
