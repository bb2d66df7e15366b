using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>What Aftercare keeps of other services' events: buddy assignments (Volunteers) and jobs (Placement).</summary>
internal sealed class FollowedFactsConfiguration : IEntityTypeConfiguration<BuddyAssignment>, IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<BuddyAssignment> builder)
    {
        builder.ToTable("buddy_assignments");
        builder.HasKey(a => a.AssignmentId);
        builder.Property(a => a.AssignmentId).ValueGeneratedNever();
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => a.ParticipantId);
    }

    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.ToTable("employments");
        builder.HasKey(e => e.PlacementId);
        builder.Property(e => e.PlacementId).ValueGeneratedNever();
        builder.Property(e => e.EndReason).HasMaxLength(20);
        builder.HasIndex(e => e.ParticipantId);
    }
}
