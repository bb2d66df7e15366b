using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

internal sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> builder)
    {
        builder.ToTable("trajectories");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.FacilityId).HasMaxLength(50);
        builder.Property(t => t.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CloseReason).HasMaxLength(500);
        // A coordinator and a consumer (or two coordinators) changing one trajectory at once: one save
        // fails instead of both succeeding.
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.OverdueSince);
        // One open trajectory per participant, even when the release event and a coordinator race.
        builder.HasIndex(t => t.ParticipantId).IsUniqueRule("The participant already has an open trajectory.")
            .HasFilter("closed_on IS NULL").HasDatabaseName("ix_trajectories_one_open_per_participant");
        builder.HasIndex(t => new { t.ClosedOn, t.NextContactDueOn });
        builder.HasIndex(t => new { t.ClosedOn, t.BuddyVolunteerId, t.StartedOn });

        builder.HasMany(t => t.Contacts).WithOne().HasForeignKey(c => c.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.ConditionUpdates).WithOne().HasForeignKey(u => u.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Extensions).WithOne().HasForeignKey(e => e.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
