using HerstelWerk.Messaging.Data;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.SharedDomain.Data;

/// <summary>
/// The base of each domain service's one DbContext: the outbox and inbox of <see cref="MessagingDbContext"/>,
/// and the audit log of accesses to participants' personal data.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : MessagingDbContext(options)
{
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}
