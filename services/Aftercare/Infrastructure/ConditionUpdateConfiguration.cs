using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The dated history of a trajectory's basic conditions.</summary>
internal sealed class ConditionUpdateConfiguration : IEntityTypeConfiguration<ConditionUpdate>
{
    public void Configure(EntityTypeBuilder<ConditionUpdate> builder)
    {
        builder.ToTable("condition_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Condition).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
    }
}
