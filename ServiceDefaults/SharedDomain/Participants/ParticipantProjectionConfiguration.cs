using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.SharedDomain.Participants;

internal sealed class ParticipantProjectionConfiguration : IEntityTypeConfiguration<ParticipantProjection>
{
    public void Configure(EntityTypeBuilder<ParticipantProjection> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.ParticipantId);
        builder.Property(p => p.ParticipantId).ValueGeneratedNever();
        builder.Property(p => p.Facility).HasMaxLength(200);
        builder.Property(p => p.FacilityId).HasMaxLength(50);
        // Two events for one participant processed at once: the second save fails and is retried, so
        // the revision check always sees the other's result.
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.ExpectedReleaseDate, p.ParticipantId });
    }
}
