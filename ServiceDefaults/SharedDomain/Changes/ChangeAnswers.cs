using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.SharedDomain.Changes;

/// <summary>The HTTP answer to a change, in the typed unions handlers return (a test can assert the exact result).</summary>
public static class ChangeAnswers
{
    /// <summary>200 with a view of the changed aggregate; 404 or the refusal otherwise.</summary>
    public static async Task<Results<Ok<TView>, NotFound, ProblemHttpResult>> Ok<TAggregate, TResult, TView>(
        this Task<Changed<TAggregate, TResult>> change, Func<TAggregate, TView> view) where TAggregate : class =>
        await change switch
        {
            { Refusal: { } refusal } => refusal,
            { Aggregate: { } aggregate } => TypedResults.Ok(view(aggregate)),
            _ => TypedResults.NotFound(),
        };

    /// <summary>200 with a view of what the step yielded (and the aggregate it belongs to).</summary>
    public static async Task<Results<Ok<TView>, NotFound, ProblemHttpResult>> Ok<TAggregate, TResult, TView>(
        this Task<Changed<TAggregate, TResult>> change, Func<TAggregate, TResult, TView> view) where TAggregate : class =>
        await change switch
        {
            { Refusal: { } refusal } => refusal,
            { Aggregate: { } aggregate, Result: { } result } => TypedResults.Ok(view(aggregate, result)),
            _ => TypedResults.NotFound(),
        };

    /// <summary>200 with a view that needs more than the aggregate (a query of related records).</summary>
    public static async Task<Results<Ok<TView>, NotFound, ProblemHttpResult>> OkAsync<TAggregate, TResult, TView>(
        this Task<Changed<TAggregate, TResult>> change, Func<TAggregate, Task<TView>> view) where TAggregate : class =>
        await change switch
        {
            { Refusal: { } refusal } => refusal,
            { Aggregate: { } aggregate } => TypedResults.Ok(await view(aggregate)),
            _ => TypedResults.NotFound(),
        };

    /// <summary>201 with a view of what the change made and its address; 404 or the refusal otherwise.</summary>
    public static async Task<Results<Created<TView>, NotFound, ProblemHttpResult>> Created<TAggregate, TResult, TView>(
        this Task<Changed<TAggregate, TResult>> change, Func<TResult, TView> view, Func<TAggregate, TResult, string> location) where TAggregate : class =>
        await change switch
        {
            { Refusal: { } refusal } => refusal,
            { Aggregate: { } aggregate, Result: { } result } => TypedResults.Created(location(aggregate, result), view(result)),
            _ => TypedResults.NotFound(),
        };

    /// <summary>201 with a view of what the change made that needs the aggregate too (a waiting list position).</summary>
    public static async Task<Results<Created<TView>, NotFound, ProblemHttpResult>> Created<TAggregate, TResult, TView>(
        this Task<Changed<TAggregate, TResult>> change, Func<TAggregate, TResult, TView> view, Func<TAggregate, TResult, string> location) where TAggregate : class =>
        await change switch
        {
            { Refusal: { } refusal } => refusal,
            { Aggregate: { } aggregate, Result: { } result } => TypedResults.Created(location(aggregate, result), view(aggregate, result)),
            _ => TypedResults.NotFound(),
        };

    /// <summary>201 with a view of a new aggregate (<see cref="Changes{TAggregate}.CreateAsync"/>) and its address.</summary>
    public static async Task<Created<TView>> Created<TAggregate, TView>(
        this Task<Stored<TAggregate>> creation, Func<TAggregate, TView> view, Func<TAggregate, string> location) where TAggregate : class
    {
        var created = (await creation).Aggregate;
        return TypedResults.Created(location(created), view(created));
    }

    /// <summary>201 for a new aggregate, with a view that needs more than the aggregate (a query of related records).</summary>
    public static async Task<Created<TView>> CreatedAsync<TAggregate, TView>(
        this Task<Stored<TAggregate>> creation, Func<TAggregate, Task<TView>> view, Func<TAggregate, string> location) where TAggregate : class
    {
        var created = (await creation).Aggregate;
        return TypedResults.Created(location(created), await view(created));
    }
}
