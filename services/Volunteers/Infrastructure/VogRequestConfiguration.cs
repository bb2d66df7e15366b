using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>A volunteer's VOG requests and Justis' decisions.</summary>
internal sealed class VogRequestConfiguration : IEntityTypeConfiguration<VogRequest>
{
    public void Configure(EntityTypeBuilder<VogRequest> builder)
    {
        builder.ToTable("vog_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
    }
}
