using HerstelWerk.Aftercare.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Aftercare.Infrastructure;

/// <summary>The buddy assignments Volunteers reported, kept apart from trajectories since either may come first.</summary>
internal sealed class BuddyAssignmentConfiguration : IEntityTypeConfiguration<BuddyAssignment>
{
    public void Configure(EntityTypeBuilder<BuddyAssignment> builder)
    {
        builder.ToTable("buddy_assignments");
        builder.HasKey(a => a.AssignmentId);
        builder.Property(a => a.AssignmentId).ValueGeneratedNever();
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => a.ParticipantId);
    }
}
