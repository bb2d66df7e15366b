using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.Facility).HasMaxLength(200);
        builder.Property(p => p.Group).HasConversion<string>().HasMaxLength(20);
        // Two staff members editing one participant: the second save gets a 409, not a silent overwrite.
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.RegisteredAt, p.Id });
    }
}
