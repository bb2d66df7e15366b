using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.PrisonNumber).HasMaxLength(30);
        builder.Property(p => p.ContactLanguage).HasMaxLength(3);
        builder.Property(p => p.FacilityId).HasMaxLength(50);
        builder.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(p => p.Locations).WithOne().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.StatusHistory).WithOne().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.Status);
        // Two staff members editing one participant: the second save gets a 409, not a silent overwrite.
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.RegisteredAt, p.Id });
        builder.HasIndex(p => p.FacilityId);
        builder.HasIndex(p => p.PrisonNumber);
    }
}
