using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.SharedDomain.Jobs;

public static class JobExtensions
{
    /// <summary>Runs <typeparamref name="TJob"/> on its timer and lists it in the service's jobs API.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services) where TJob : ScheduledJob
    {
        services.AddSingleton<TJob>();
        services.AddSingleton<ScheduledJob>(provider => provider.GetRequiredService<TJob>());
        services.AddHostedService(provider => provider.GetRequiredService<TJob>());
        return services;
    }
}
