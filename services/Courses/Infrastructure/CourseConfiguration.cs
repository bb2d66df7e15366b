using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class CourseTypeConfiguration : IEntityTypeConfiguration<CourseType>
{
    public void Configure(EntityTypeBuilder<CourseType> builder)
    {
        builder.ToTable("course_types");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.OnlyFormat).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TrainerRole).HasMaxLength(30);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasData(CourseTypeSeed.CourseTypes.Select(t => new
        {
            t.Id, t.Name, t.OnlyFormat, t.MinimumSessions, t.MaximumSessions, t.MaximumGroupSize, t.SessionsToComplete, t.TrainerRole,
        }));
    }
}

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

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> builder)
    {
        builder.ToTable("course_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(s => new { s.CourseRunId, s.Number }).IsUnique();
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Participant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CourseRunId, e.Status });
        builder.HasIndex(e => new { e.ParticipantId, e.Status });
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("attendance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Presence).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.EnrolmentId, a.SessionNumber }).IsUnique();
    }
}

internal sealed class VolunteerEligibilityConfiguration : IEntityTypeConfiguration<VolunteerEligibility>
{
    public void Configure(EntityTypeBuilder<VolunteerEligibility> builder)
    {
        builder.ToTable("volunteer_eligibility");
        builder.HasKey(v => v.VolunteerId);
        builder.Property(v => v.VolunteerId).ValueGeneratedNever();
        builder.Property(v => v.Roles).HasColumnType("text[]");
        // Events about one volunteer take turns (InTurnAsync); the row version still guards any writer that does not.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.OwnsMany(v => v.Admissions, admission =>
        {
            admission.ToTable("volunteer_admissions");
            admission.WithOwner().HasForeignKey(a => a.VolunteerId);
            admission.HasKey(a => new { a.VolunteerId, a.FacilityId });
            admission.Property(a => a.FacilityId).HasMaxLength(50);
        });
    }
}
