using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Diagnostics.Metrics;

namespace HerstelWerk.SharedDomain.Progress;

// TEMPORARY while the services move to IProgressCalculator; removed before this change lands.
public sealed record GaugeFigure(string Figure, double? Value, IReadOnlyDictionary<string, double?> ByFacility, double? Target);

public sealed record ProgressSnapshot(int Year, IReadOnlyList<GaugeFigure> Figures);

public interface IProgressFigures
{
    Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken);
}

public static class LegacyProgressExtensions
{
    public static IServiceCollection AddProgressGauges<TFigures>(this IServiceCollection services, string serviceName)
        where TFigures : class, IProgressFigures
    {
        services.AddScoped<IProgressFigures, TFigures>();
        services.AddSingleton(provider => new ProgressGauges(provider.GetRequiredService<IMeterFactory>(), serviceName));
        services.AddHostedService<LegacyGaugeRefresher>();
        return services;
    }
}

internal sealed class LegacyGaugeRefresher(IServiceScopeFactory scopes, ProgressGauges gauges, TimeProvider time, IConfiguration configuration, ILogger<LegacyGaugeRefresher> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => configuration.GetValue("Progress:MetricsInterval", TimeSpan.FromMinutes(1));

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<IProgressFigures>().CountThisYearAsync(cancellationToken);
        gauges.Update(new ProgressReport(snapshot.Year, [.. snapshot.Figures.Select(f => new ProgressFigure(f.Figure, f.Figure, "", f.Target, f.Value, ProgressUnit.Count, f.ByFacility, []))]));
    }
}
