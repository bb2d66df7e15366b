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

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("participant_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.Property(c => c.WithdrawalRecordedBy).HasMaxLength(200);
        builder.HasIndex(c => c.ParticipantId);
    }
}
