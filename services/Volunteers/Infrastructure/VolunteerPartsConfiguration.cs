using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>The dated records that make up a volunteer: lifecycle, screening, passes, trainings, assignments.</summary>
internal sealed class VolunteerPartsConfiguration :
    IEntityTypeConfiguration<VolunteerStatusChange>,
    IEntityTypeConfiguration<VogRequest>,
    IEntityTypeConfiguration<FacilityAccess>,
    IEntityTypeConfiguration<TrainingRecord>,
    IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<VolunteerStatusChange> builder)
    {
        builder.ToTable("volunteer_status_history");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<VogRequest> builder)
    {
        builder.ToTable("vog_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<FacilityAccess> builder)
    {
        builder.ToTable("facility_access");
        builder.HasKey(a => new { a.VolunteerId, a.FacilityId });
        builder.Property(a => a.FacilityId).HasMaxLength(50);
        builder.HasIndex(a => a.FacilityId);
    }

    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Training).HasMaxLength(200);
        builder.Property(t => t.QualifiesFor).HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Role).HasMaxLength(30);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => a.ParticipantId);
    }
}
