using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.SharedDomain.Changes;

/// <summary>
/// How a change went: the aggregate was not found, the change was refused before it was applied (403,
/// 412, 428), or it was saved, with whatever the change returned (a contact it added, say).
/// </summary>
public sealed record Changed<TAggregate, TResult>(TAggregate? Aggregate, TResult? Result, ProblemHttpResult? Refusal)
    where TAggregate : class
{
    public static Changed<TAggregate, TResult> NotFound { get; } = new(null, default, null);

    public static Changed<TAggregate, TResult> Refused(ProblemHttpResult refusal) => new(null, default, refusal);

    public static Changed<TAggregate, TResult> Saved(TAggregate aggregate, TResult result) => new(aggregate, result, null);
}
