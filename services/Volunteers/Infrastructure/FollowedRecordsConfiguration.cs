using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>Hours, and what Volunteers follows of other services: runs needing trainers, participants needing a buddy.</summary>
internal sealed class FollowedRecordsConfiguration :
    IEntityTypeConfiguration<VolunteerActivity>,
    IEntityTypeConfiguration<RunNeedingTrainers>,
    IEntityTypeConfiguration<BuddyRequest>
{
    public void Configure(EntityTypeBuilder<VolunteerActivity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SourceKey).HasMaxLength(100);
        builder.HasIndex(a => a.SourceKey).IsUnique();
        builder.HasIndex(a => new { a.VolunteerId, a.On });
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RunNeedingTrainers> builder)
    {
        builder.ToTable("course_runs");
        builder.HasKey(r => r.CourseRunId);
        builder.Property(r => r.CourseRunId).ValueGeneratedNever();
        builder.Property(r => r.CourseTypeId).HasMaxLength(50);
        builder.Property(r => r.FacilityId).HasMaxLength(50);
        builder.Property(r => r.TrainerVolunteerIds).HasColumnType("uuid[]");
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(r => r.StartsOn);
    }

    public void Configure(EntityTypeBuilder<BuddyRequest> builder)
    {
        builder.ToTable("buddy_requests");
        builder.HasKey(r => r.TrajectoryId);
        builder.Property(r => r.TrajectoryId).ValueGeneratedNever();
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => r.ParticipantId);
        builder.HasIndex(r => r.StartedOn);
    }
}
