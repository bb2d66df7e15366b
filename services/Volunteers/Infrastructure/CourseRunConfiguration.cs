using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>Courses' runs as Volunteers follows them, to find trainers.</summary>
internal sealed class CourseRunConfiguration : IEntityTypeConfiguration<CourseRun>
{
    public void Configure(EntityTypeBuilder<CourseRun> builder)
    {
        builder.ToTable("course_runs");
        builder.HasKey(r => r.CourseRunId);
        builder.Property(r => r.CourseRunId).ValueGeneratedNever();
        builder.Property(r => r.CourseTypeId).HasMaxLength(50);
        builder.Property(r => r.FacilityId).HasMaxLength(50);
        builder.Property(r => r.ReportedTrainerRole).HasColumnName("trainer_role").HasMaxLength(30);
        builder.Property(r => r.TrainerVolunteerIds).HasColumnType("uuid[]");
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(r => r.LastDay);
        builder.Ignore(r => r.TrainerRole);
        builder.HasIndex(r => r.StartsOn);
    }
}
