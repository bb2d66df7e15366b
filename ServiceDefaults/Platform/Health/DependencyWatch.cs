using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Health;

/// <summary>
/// Keeps asking one dependency (the database, the broker) whether it answers, each probe bounded by
/// <see cref="ProbeTimeout"/>, so that what the service knows about it is never older than a couple of
/// seconds. <c>/health</c> reports that knowledge at once instead of waiting on a server that has
/// stopped answering, and requests can fail fast while it is gone (<see cref="IsReachable"/>).
/// </summary>
public abstract class DependencyWatch(ILogger logger) : BackgroundService, IHealthCheck
{
    private volatile State _state = new(Reachable: false, NotProbed, DateTimeOffset.UtcNow);

    /// <summary>What is watched, for logs and health descriptions ("the database").</summary>
    protected abstract string Dependency { get; }

    /// <summary>Between probes while the dependency answers.</summary>
    protected virtual TimeSpan Interval => TimeSpan.FromSeconds(2);

    /// <summary>Between probes while it does not: recovery should be noticed within a second.</summary>
    protected virtual TimeSpan OutageInterval => TimeSpan.FromSeconds(1);

    /// <summary>A probe that takes longer than this counts as no answer.</summary>
    protected virtual TimeSpan ProbeTimeout => TimeSpan.FromSeconds(3);

    /// <summary>One round trip to the dependency; throws if it does not answer.</summary>
    protected abstract Task ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Called once when a probe succeeds after one or more failed.</summary>
    protected virtual void OnRecovered()
    {
    }

    /// <summary>False from the first failed probe (or reported failure) until the next successful probe.</summary>
    public bool IsReachable => _state.Reachable;

    /// <summary>
    /// A request found the dependency gone before the next probe did. Later requests fail fast from now
    /// on; the next probe decides when it is back.
    /// </summary>
    public void ReportUnreachable(string reason)
    {
        if (_state.Reachable)
        {
            MarkUnreachable(reason);
        }
    }

    /// <summary>Probes once now, without waiting for the next round; for start-up and tests.</summary>
    public async Task<bool> ProbeNowAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await ProbeAsync(timeout.Token).WaitAsync(timeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = timeout.IsCancellationRequested
                ? $"{Dependency} did not answer within {ProbeTimeout.TotalSeconds:0} s."
                : $"{Dependency} is unreachable: {exception.GetBaseException().Message}";
            if (_state.Reachable || _state.Reason != reason)
            {
                MarkUnreachable(reason);
            }

            return false;
        }

        var previous = _state;
        _state = new State(Reachable: true, $"{Dependency} answers.", DateTimeOffset.UtcNow);
        if (!previous.Reachable && previous.Reason != NotProbed)
        {
            var outage = DateTimeOffset.UtcNow - previous.Since;
            logger.LogWarning("{Dependency} answers again after {OutageSeconds:0.0} s", Dependency, outage.TotalSeconds);
            OnRecovered();
        }

        return true;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = _state;
        return Task.FromResult(state.Reachable
            ? HealthCheckResult.Healthy(state.Reason)
            : new HealthCheckResult(context.Registration.FailureStatus, state.Reason));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProbeNowAsync(stoppingToken);
                await Task.Delay(_state.Reachable ? Interval : OutageInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Nothing may end the watch while the service runs.
                logger.LogError(exception, "Watching {Dependency} failed", Dependency);
                await Task.Delay(OutageInterval, stoppingToken);
            }
        }
    }

    private const string NotProbed = "Not probed yet.";

    private void MarkUnreachable(string reason)
    {
        logger.LogWarning("{Dependency} is unavailable: {Reason}", Dependency, reason);
        _state = new State(Reachable: false, reason, _state.Reachable ? DateTimeOffset.UtcNow : _state.Since);
    }

    private sealed record State(bool Reachable, string Reason, DateTimeOffset Since);
}
