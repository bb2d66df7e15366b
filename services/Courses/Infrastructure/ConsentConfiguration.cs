using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

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
