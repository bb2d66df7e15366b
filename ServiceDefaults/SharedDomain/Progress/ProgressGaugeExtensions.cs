using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.SharedDomain.Progress;

public static class ProgressGaugeExtensions
{
    /// <summary>Publishes the service's yearly figures, counted by <typeparamref name="TFigures"/>, as dashboard gauges.</summary>
    public static IServiceCollection AddProgressGauges<TFigures>(this IServiceCollection services, string serviceName)
        where TFigures : class, IProgressFigures
    {
        services.AddScoped<IProgressFigures, TFigures>();
        services.AddSingleton(provider => new ProgressGauges(provider.GetRequiredService<IMeterFactory>(), serviceName));
        services.AddHostedService<ProgressGaugeRefresher>();
        return services;
    }
}
