using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The extensions of a trajectory's planned end.</summary>
internal sealed class PlannedEndExtensionConfiguration : IEntityTypeConfiguration<PlannedEndExtension>
{
    public void Configure(EntityTypeBuilder<PlannedEndExtension> builder)
    {
        builder.ToTable("planned_end_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(500);
    }
}
