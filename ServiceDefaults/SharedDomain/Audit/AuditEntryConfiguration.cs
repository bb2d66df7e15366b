using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.SharedDomain.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.UserId).HasMaxLength(200);
        builder.Property(e => e.Role).HasMaxLength(40);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Endpoint).HasMaxLength(300);
        builder.Property(e => e.TraceId).HasMaxLength(32);
        // The two questions admins ask: who touched this participant, and what did this user touch.
        builder.HasIndex(e => new { e.ParticipantId, e.Id });
        builder.HasIndex(e => new { e.UserId, e.Id });
    }
}
