using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class ParticipantLocationConfiguration : IEntityTypeConfiguration<ParticipantLocation>
{
    public void Configure(EntityTypeBuilder<ParticipantLocation> builder)
    {
        builder.ToTable("participant_locations");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.FacilityId).HasMaxLength(50);
        builder.Property(l => l.From).HasColumnName("from_date");
        builder.Property(l => l.Until).HasColumnName("until_date");
        builder.HasOne<Facility>().WithMany().HasForeignKey(l => l.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ParticipantId, l.From });
    }
}
