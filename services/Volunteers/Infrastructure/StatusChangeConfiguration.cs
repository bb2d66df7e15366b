using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>A volunteer's dated lifecycle steps.</summary>
internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<VolunteerStatusChange>
{
    public void Configure(EntityTypeBuilder<VolunteerStatusChange> builder)
    {
        builder.ToTable("volunteer_status_history");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
    }
}
