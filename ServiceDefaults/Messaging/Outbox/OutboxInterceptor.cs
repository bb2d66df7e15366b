using System.Data.Common;
using System.Diagnostics;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// The outbox's part of every save. Before the save it collects the events the tracked aggregates raised
/// into outbox rows, so they commit with the change (no caller can forget them). After the commit it
/// wakes the dispatcher: after SaveChanges when that ran its own transaction, or when the caller's
/// explicit transaction commits.
/// </summary>
internal sealed class OutboxInterceptor(OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CollectAndTrack(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectAndTrack(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private void CollectAndTrack(DbContext? context)
    {
        if (context is not MessagingDbContext db)
        {
            return;
        }

        var raised = db.ChangeTracker.Entries<Aggregate>()
            .SelectMany(entry => entry.Entity.TakeRaised())
            .OrderBy(raisedEvent => raisedEvent.Order)
            .ToList();
        var now = time.GetUtcNow();
        foreach (var raisedEvent in raised)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(raisedEvent.Event, now, Activity.Current));
        }

        if (raised.Count > 0 || db.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
        {
            db.HasUncommittedOutboxMessages = true;
        }
    }

    private void SignalIfCommitted(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet; TransactionCommitted signals.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Signal(context);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is MessagingDbContext { HasUncommittedOutboxMessages: true } db)
        {
            db.HasUncommittedOutboxMessages = false;
            if (options.Value.WakeOnCommit)
            {
                signal.Notify();
            }
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is MessagingDbContext db)
        {
            db.HasUncommittedOutboxMessages = false;
        }
    }
}
