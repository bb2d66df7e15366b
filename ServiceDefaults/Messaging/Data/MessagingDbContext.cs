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

    /// <summary>
    /// A tracked entity's version, its ETag: the value of its one concurrency token, whether that is a
    /// revision the model counts or PostgreSQL's row version (<c>xmin</c>).
    /// </summary>
    public IFormattable VersionOf(object entity)
    {
        var entry = Entry(entity);
        var token = entry.Metadata.GetProperties().Single(property => property.IsConcurrencyToken);
        return (IFormattable)entry.Property(token.Name).CurrentValue!;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        // Each service keeps its entity configurations in its own Infrastructure folder.
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
