using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.ServiceDefaults.Participants;

internal sealed class ParticipantProjectionConfiguration : IEntityTypeConfiguration<ParticipantProjection>
{
    public void Configure(EntityTypeBuilder<ParticipantProjection> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.ParticipantId);
        builder.Property(p => p.ParticipantId).ValueGeneratedNever();
        builder.Property(p => p.Facility).HasMaxLength(200);
        builder.HasIndex(p => new { p.ExpectedReleaseDate, p.ParticipantId });
    }
}
