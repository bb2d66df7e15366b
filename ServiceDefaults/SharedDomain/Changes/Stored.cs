namespace HerstelWerk.SharedDomain.Changes;

/// <summary>A new aggregate, saved: a creation either stores it or fails (a broken unique rule is a 409), never "not found".</summary>
public sealed record Stored<TAggregate>(TAggregate Aggregate) where TAggregate : class;
