using HerstelWerk.Identity.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Identity.Infrastructure;

internal sealed class MachineClientConfiguration : IEntityTypeConfiguration<MachineClient>
{
    public void Configure(EntityTypeBuilder<MachineClient> client)
    {
        client.ToTable("machine_clients");
        client.HasKey(c => c.ClientId);
        client.Property(c => c.ClientId).HasMaxLength(100);
        client.Property(c => c.Name).HasMaxLength(200);
        client.Property(c => c.Role).HasMaxLength(32);
        client.Property(c => c.CreatedBy).HasMaxLength(200);
        client.HasIndex(c => c.CreatedAt);
    }
}
