using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The contact log of a trajectory, read per party, newest first.</summary>
internal sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
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
}
