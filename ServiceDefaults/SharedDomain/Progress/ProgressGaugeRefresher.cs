using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// Recounts the current (business) year's figures for the gauges every <c>Progress:MetricsInterval</c> (default a
/// minute); counting inside the gauge callback would hold up the exporter on a database query.
/// </summary>
internal sealed class ProgressGaugeRefresher(
    IServiceScopeFactory scopes, ProgressGauges gauges, BusinessClock clock, TimeProvider time, IConfiguration configuration, ILogger<ProgressGaugeRefresher> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => configuration.GetValue("Progress:MetricsInterval", TimeSpan.FromMinutes(1));

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var calculator = scope.ServiceProvider.GetRequiredService<IProgressCalculator>();
        gauges.Update(await calculator.CalculateAsync(clock.Today.Year, cancellationToken));
    }
}
