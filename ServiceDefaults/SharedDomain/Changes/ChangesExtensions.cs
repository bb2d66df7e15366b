using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HerstelWerk.SharedDomain.Changes;

public static class ChangesExtensions
{
    /// <summary>
    /// Lets the change pipeline (<see cref="Changes{TAggregate}"/>) change <typeparamref name="TAggregate"/>,
    /// loaded by the service's own query: <c>AddAggregate((CoursesDbContext db, Guid id, CancellationToken ct) => db.LoadParticipantAsync(id, ct))</c>.
    /// </summary>
    public static IServiceCollection AddAggregate<TContext, TAggregate, TKey>(
        this IServiceCollection services, Func<TContext, TKey, CancellationToken, Task<TAggregate?>> load)
        where TContext : class
        where TAggregate : class
    {
        services.TryAddScoped(typeof(Changes<>));
        services.AddScoped<IAggregateLoader<TAggregate, TKey>>(provider =>
            new DelegateAggregateLoader<TContext, TAggregate, TKey>(provider.GetRequiredService<TContext>(), load));
        return services;
    }

    /// <summary>Who may change <typeparamref name="TAggregate"/>, beyond the endpoint's roles; applies to every change of it.</summary>
    public static IServiceCollection AddChangeAccess<TAggregate, TAccess>(this IServiceCollection services)
        where TAccess : class, IChangeAccess<TAggregate> =>
        services.AddSingleton<IChangeAccess<TAggregate>, TAccess>();
}
