namespace HerstelWerk.SharedDomain.Changes;

/// <summary>How the change pipeline loads one kind of aggregate, tracked and with what its rules need.</summary>
public interface IAggregateLoader<TAggregate, in TKey> where TAggregate : class
{
    Task<TAggregate?> LoadAsync(TKey id, CancellationToken cancellationToken);
}
