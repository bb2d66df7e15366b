using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The jobs Placement reported, by placement.</summary>
internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.ToTable("employments");
        builder.HasKey(e => e.PlacementId);
        builder.Property(e => e.PlacementId).ValueGeneratedNever();
        builder.Property(e => e.EndReason).HasMaxLength(20);
        builder.HasIndex(e => e.ParticipantId);
    }
}
