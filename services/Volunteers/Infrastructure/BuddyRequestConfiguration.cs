using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>Participants in aftercare who need a buddy, as Aftercare's events reported them.</summary>
internal sealed class BuddyRequestConfiguration : IEntityTypeConfiguration<BuddyRequest>
{
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
