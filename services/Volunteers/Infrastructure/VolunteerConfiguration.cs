using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("volunteers");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.FullName).HasMaxLength(200);
        builder.Property(v => v.Email).HasMaxLength(254);
        builder.Property(v => v.Phone).HasMaxLength(30);
        builder.Property(v => v.Region).HasMaxLength(50);
        builder.Property(v => v.Availability).HasMaxLength(500);
        builder.Property(v => v.Languages).HasColumnType("text[]");
        builder.Property(v => v.Roles).HasColumnType("text[]");
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        // Two coordinators changing one volunteer (or taking the last free place) at once: one save
        // fails instead of both succeeding.
        builder.Property(v => v.Revision).IsConcurrencyToken();
        builder.Ignore(v => v.OpenAssignments);
        builder.Ignore(v => v.FreeSlots);
        builder.HasIndex(v => v.Status);
        builder.HasIndex(v => v.Region);
        builder.HasIndex(v => v.Roles).HasMethod("gin");
        builder.HasIndex(v => v.FullName);

        builder.HasMany(v => v.StatusHistory).WithOne().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.VogRequests).WithOne().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.FacilityAccess).WithOne().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Trainings).WithOne().HasForeignKey(t => t.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Assignments).WithOne().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
