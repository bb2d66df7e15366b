using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>One access pass per volunteer per facility.</summary>
internal sealed class FacilityAccessConfiguration : IEntityTypeConfiguration<FacilityAccess>
{
    public void Configure(EntityTypeBuilder<FacilityAccess> builder)
    {
        builder.ToTable("facility_access");
        builder.HasKey(a => new { a.VolunteerId, a.FacilityId });
        builder.Property(a => a.FacilityId).HasMaxLength(50);
        builder.HasIndex(a => a.FacilityId);
    }
}
