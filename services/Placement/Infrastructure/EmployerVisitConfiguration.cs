using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

internal sealed class EmployerVisitConfiguration : IEntityTypeConfiguration<EmployerVisit>
{
    public void Configure(EntityTypeBuilder<EmployerVisit> builder)
    {
        builder.ToTable("employer_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.FacilityId).HasMaxLength(50);
        builder.Property(v => v.Revision).IsConcurrencyToken();
        builder.HasIndex(v => new { v.FacilityId, v.VisitOn });
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Attendees).WithOne().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}
