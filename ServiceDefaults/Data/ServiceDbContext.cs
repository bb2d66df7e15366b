using HerstelWerk.ServiceDefaults.Audit;
using HerstelWerk.ServiceDefaults.Inbox;
using HerstelWerk.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.ServiceDefaults.Data;

/// <summary>
/// The base of each service's one DbContext. It brings the outbox and inbox tables, so that a state
/// change and the events it causes (or the message that caused it) commit in one transaction, and the
/// audit log of accesses to participants' personal data.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>Set while new outbox rows wait for a commit, so the dispatcher is woken only then.</summary>
    internal bool HasUncommittedOutboxMessages { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        // Each service keeps its entity configurations in its own Infrastructure folder.
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
