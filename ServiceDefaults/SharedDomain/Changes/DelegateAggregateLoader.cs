namespace HerstelWerk.SharedDomain.Changes;

/// <summary>A loader from a service's own query (<see cref="ChangesExtensions.AddAggregate"/>).</summary>
internal sealed class DelegateAggregateLoader<TContext, TAggregate, TKey>(TContext db, Func<TContext, TKey, CancellationToken, Task<TAggregate?>> load)
    : IAggregateLoader<TAggregate, TKey> where TAggregate : class
{
    public Task<TAggregate?> LoadAsync(TKey id, CancellationToken cancellationToken) => load(db, id, cancellationToken);
}
