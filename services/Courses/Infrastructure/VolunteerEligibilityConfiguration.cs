using HerstelWerk.Courses.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Courses.Infrastructure;

internal sealed class VolunteerEligibilityConfiguration : IEntityTypeConfiguration<VolunteerEligibility>
{
    public void Configure(EntityTypeBuilder<VolunteerEligibility> builder)
    {
        builder.ToTable("volunteer_eligibility");
        builder.HasKey(v => v.VolunteerId);
        builder.Property(v => v.VolunteerId).ValueGeneratedNever();
        builder.Property(v => v.Roles).HasColumnType("text[]");
        // Events about one volunteer take turns (InTurnAsync); the row version still guards any writer that does not.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.OwnsMany(v => v.Admissions, admission =>
        {
            admission.ToTable("volunteer_admissions");
            admission.WithOwner().HasForeignKey(a => a.VolunteerId);
            admission.HasKey(a => new { a.VolunteerId, a.FacilityId });
            admission.Property(a => a.FacilityId).HasMaxLength(50);
        });
    }
}
