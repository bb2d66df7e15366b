using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Jobs;

/// <summary>
/// A domain job that runs on a timer (the VOG reminder, the overdue contact check, the retention check)
/// and that an admin can also run at once (<c>POST /api/{service}/jobs/{name}/runs</c>), for instance after
/// moving the business date in a demo. Rounds never overlap: one started by an admin waits for the timer's.
/// </summary>
public abstract class ScheduledJob(TimeProvider time, ILogger logger) : RecurringJob(time, logger)
{
    private readonly SemaphoreSlim _oneRoundAtATime = new(1, 1);

    /// <summary>A stable name in kebab-case, e.g. <c>vog-recheck</c>; part of the job's route.</summary>
    public abstract string Name { get; }

    /// <summary>What a round does, in a sentence.</summary>
    public abstract string Description { get; }

    /// <summary>How often the timer runs a round.</summary>
    public TimeSpan Every => Interval;

    /// <summary>Runs one round now and says what it did.</summary>
    public async Task<string> RunNowAsync(CancellationToken cancellationToken)
    {
        await _oneRoundAtATime.WaitAsync(cancellationToken);
        try
        {
            return await RunOnceAsync(cancellationToken);
        }
        finally
        {
            _oneRoundAtATime.Release();
        }
    }

    /// <summary>One round of the job's work; returns what it did, e.g. "Raised 3 reminders.".</summary>
    protected abstract Task<string> RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override Task RunRoundAsync(CancellationToken cancellationToken) => RunNowAsync(cancellationToken);
}
