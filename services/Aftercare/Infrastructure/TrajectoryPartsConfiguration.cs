using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The dated records of a trajectory: contacts, basic-condition history and extensions.</summary>
internal sealed class TrajectoryPartsConfiguration :
    IEntityTypeConfiguration<ContactEntry>,
    IEntityTypeConfiguration<ConditionUpdate>,
    IEntityTypeConfiguration<PlannedEndExtension>
{
    public void Configure(EntityTypeBuilder<ContactEntry> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Party).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.MadeBy).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.TrajectoryId, c.Party, c.On });
    }

    public void Configure(EntityTypeBuilder<ConditionUpdate> builder)
    {
        builder.ToTable("condition_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Condition).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<PlannedEndExtension> builder)
    {
        builder.ToTable("planned_end_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(500);
    }
}
