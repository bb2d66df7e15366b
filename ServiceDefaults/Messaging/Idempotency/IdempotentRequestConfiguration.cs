using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Messaging.Idempotency;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public const string Table = "idempotent_requests";

    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable(Table);
        // The key: a second insert of the same scope and key fails, so two concurrent retries cannot both act.
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasMaxLength(300);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.ETag).HasMaxLength(100);
        // Text, not jsonb: a replay must send back exactly the bytes of the first answer.
        builder.Property(r => r.Body).HasColumnType("text");
        builder.HasIndex(r => r.CreatedAt);
    }
}
