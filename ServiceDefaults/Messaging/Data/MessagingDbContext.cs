using HerstelWerk.Messaging.Inbox;
using HerstelWerk.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// The base of a service's DbContext for everything that messaging needs in the same database: the
/// outbox, so a state change and the events it causes commit in one transaction, and the inbox, so a
/// message and the change it causes do too.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Set while new outbox rows wait for a commit, so the dispatcher is woken only then.</summary>
    internal bool HasUncommittedOutboxMessages { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        // Each service keeps its entity configurations in its own Infrastructure folder.
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
