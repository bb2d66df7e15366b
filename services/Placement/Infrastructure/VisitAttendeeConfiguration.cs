using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

internal sealed class VisitAttendeeConfiguration : IEntityTypeConfiguration<VisitAttendee>
{
    public void Configure(EntityTypeBuilder<VisitAttendee> builder)
    {
        builder.ToTable("visit_attendees");
        builder.HasKey(a => new { a.VisitId, a.CandidateId });
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.CandidateId);
    }
}
