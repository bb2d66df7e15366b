using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class ParticipantStatusChangeConfiguration : IEntityTypeConfiguration<ParticipantStatusChange>
{
    public void Configure(EntityTypeBuilder<ParticipantStatusChange> builder)
    {
        builder.ToTable("participant_status_history");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.ParticipantId, s.EffectiveOn });
    }
}
