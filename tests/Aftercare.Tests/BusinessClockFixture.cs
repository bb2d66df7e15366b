using HerstelWerk.ServiceDefaults;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>
/// Aftercare on a business clock the test moves (from 2 March 2026), so months of aftercare pass in
/// seconds. Only the business date is fake: the outbox, inbox and retention keep real time.
/// </summary>
public sealed class BusinessClockFixture : ServiceFixture<Program>
{
    public FakeTimeProvider BusinessTime { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(new BusinessClock(BusinessTime));

    /// <summary>The dashboard gauges recounted every second, so a test sees them follow the figures.</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Progress:MetricsInterval", "00:00:01")];
}
