using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class CourseRunConfiguration : IEntityTypeConfiguration<CourseRun>
{
    public void Configure(EntityTypeBuilder<CourseRun> builder)
    {
        builder.ToTable("course_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CourseTypeId).HasMaxLength(50);
        builder.Property(r => r.FacilityId).HasMaxLength(50);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasOne<CourseType>().WithMany().HasForeignKey(r => r.CourseTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.CourseRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Enrolments).WithOne().HasForeignKey(e => e.CourseRunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.TrainerVolunteerIds).HasColumnType("uuid[]");
        builder.HasIndex(r => new { r.FacilityId, r.StartsOn });
        builder.HasIndex(r => new { r.CourseTypeId, r.StartsOn });
    }
}
