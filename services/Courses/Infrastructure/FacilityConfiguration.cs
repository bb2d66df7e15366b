using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.ToTable("facilities");
        builder.HasKey(f => f.Id).IsUniqueRule(Facility.IdTaken);
        builder.Property(f => f.Id).HasMaxLength(50);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.City).HasMaxLength(100);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => f.Name).IsUniqueRule(Facility.NameTaken);
        // PostgreSQL's row version: two admins editing one facility cannot overwrite each other.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasData(FacilitySeed.Facilities.Select(f => new { f.Id, f.Name, f.Kind, f.City, f.IsActive }));
    }
}
