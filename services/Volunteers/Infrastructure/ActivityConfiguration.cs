using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Volunteers.Infrastructure;

/// <summary>Hours a volunteer logged or Courses reported; a session's source key makes it count once.</summary>
internal sealed class ActivityConfiguration : IEntityTypeConfiguration<VolunteerActivity>
{
    public void Configure(EntityTypeBuilder<VolunteerActivity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SourceKey).HasMaxLength(100);
        builder.HasIndex(a => a.SourceKey).IsUnique();
        builder.HasIndex(a => new { a.VolunteerId, a.On });
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
