using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.SharedDomain.Changes;

/// <summary>
/// The one way an API changes an aggregate: load it, check the caller may change it
/// (<see cref="IChangeAccess{TAggregate}"/>), check <c>If-Match</c>, apply the change through the model,
/// save once, retry a lost race on fresh data, answer with the new <c>ETag</c>. The save collects the
/// events the aggregate raised into the outbox and audits the participants' records it changed, so a
/// handler keeps only its route, its input and its call into the model.
/// </summary>
/// <remarks>
/// Two kinds of change:
/// <list type="bullet">
/// <item><see cref="UpdateAsync"/> edits a record people edit (a profile, a checklist): <c>If-Match</c> is
/// required, 428 without it and 412 when it is stale; two writes racing with the same ETag end in one
/// success and a 409.</item>
/// <item><see cref="ApplyAsync"/> and <see cref="AddAsync"/> take a step or add to a record (a transfer, a
/// contact): <c>If-Match</c> is checked when sent; without it a change that lost a race is applied again
/// on fresh data, where the model checks its rules again.</item>
/// </list>
/// </remarks>
public sealed class Changes<TAggregate>(MessagingDbContext db, IServiceProvider services, IHttpContextAccessor http, IEnumerable<IChangeAccess<TAggregate>> access)
    where TAggregate : class
{
    /// <summary>
    /// A change without If-Match loses a race only to another change that committed, and each racer
    /// commits once, so this many attempts carry it through four changes at the same moment.
    /// </summary>
    private const int Attempts = 5;

    public Task<Changed<TAggregate, TAggregate>> UpdateAsync<TKey>(TKey id, Action<TAggregate> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: true, Sync(change), cancellationToken);

    public Task<Changed<TAggregate, TAggregate>> UpdateAsync<TKey>(TKey id, Func<TAggregate, Task> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: true, Async(change), cancellationToken);

    public Task<Changed<TAggregate, TAggregate>> ApplyAsync<TKey>(TKey id, Action<TAggregate> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: false, Sync(change), cancellationToken);

    public Task<Changed<TAggregate, TAggregate>> ApplyAsync<TKey>(TKey id, Func<TAggregate, Task> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: false, Async(change), cancellationToken);

    /// <summary>A step that yields something the answer is about (a session's outcome, an ended enrolment).</summary>
    public Task<Changed<TAggregate, TResult>> ApplyAsync<TKey, TResult>(TKey id, Func<TAggregate, TResult> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: false, aggregate => Task.FromResult(change(aggregate)), cancellationToken);

    public Task<Changed<TAggregate, TResult>> ApplyAsync<TKey, TResult>(TKey id, Func<TAggregate, Task<TResult>> change, CancellationToken cancellationToken) =>
        RunAsync(id, requireIfMatch: false, change, cancellationToken);

    /// <summary>A step that adds a part to the aggregate (a contact, an assignment); the answer is about the part.</summary>
    public Task<Changed<TAggregate, TPart>> AddAsync<TKey, TPart>(TKey id, Func<TAggregate, TPart> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, change, cancellationToken);

    public Task<Changed<TAggregate, TPart>> AddAsync<TKey, TPart>(TKey id, Func<TAggregate, Task<TPart>> change, CancellationToken cancellationToken) =>
        ApplyAsync(id, change, cancellationToken);

    /// <summary>
    /// Stores a new aggregate. A unique rule it breaks (one candidate per participant) is a 409 with the
    /// rule's sentence, from the index that states it (<see cref="UniqueRules"/>).
    /// </summary>
    public async Task<Stored<TAggregate>> CreateAsync(TAggregate aggregate, CancellationToken cancellationToken)
    {
        db.Add(aggregate);
        await db.SaveChangesAsync(cancellationToken);
        SetETag(aggregate);
        return new Stored<TAggregate>(aggregate);
    }

    private async Task<Changed<TAggregate, TResult>> RunAsync<TKey, TResult>(
        TKey id, bool requireIfMatch, Func<TAggregate, Task<TResult>> change, CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The change pipeline runs within a request.");
        var loader = services.GetRequiredService<IAggregateLoader<TAggregate, TKey>>();
        var ifMatchSent = context.Request.Headers.IfMatch.Count > 0;
        for (var attempt = 1; ; attempt++)
        {
            var aggregate = await loader.LoadAsync(id, cancellationToken);
            if (aggregate is null)
            {
                return Changed<TAggregate, TResult>.NotFound;
            }

            if (access.Select(rule => rule.Refuse(aggregate, context.User)).FirstOrDefault(refusal => refusal is not null) is { } refused)
            {
                return Changed<TAggregate, TResult>.Refused(refused);
            }

            if ((requireIfMatch || ifMatchSent) && Revisions.CheckIfMatch(context.Request, db.VersionOf(aggregate)) is { } precondition)
            {
                return Changed<TAggregate, TResult>.Refused(precondition);
            }

            var result = await change(aggregate);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                SetETag(aggregate);
                return Changed<TAggregate, TResult>.Saved(aggregate, result);
            }
            catch (DbUpdateConcurrencyException) when (!ifMatchSent && !requireIfMatch && attempt < Attempts)
            {
                // Someone else's change committed first: start again from what they left.
                db.ChangeTracker.Clear();
            }
        }
    }

    private void SetETag(TAggregate aggregate)
    {
        if (http.HttpContext is { } context)
        {
            context.Response.SetETag(db.VersionOf(aggregate));
        }
    }

    private static Func<TAggregate, Task<TAggregate>> Sync(Action<TAggregate> change) => aggregate =>
    {
        change(aggregate);
        return Task.FromResult(aggregate);
    };

    private static Func<TAggregate, Task<TAggregate>> Async(Func<TAggregate, Task> change) => async aggregate =>
    {
        await change(aggregate);
        return aggregate;
    };
}
