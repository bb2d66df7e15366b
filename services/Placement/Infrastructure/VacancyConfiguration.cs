using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>Employers' vacancies: business data, no participants.</summary>
internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("vacancies");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Sector).HasMaxLength(40);
        builder.Property(v => v.Region).HasMaxLength(50);
        builder.Property(v => v.Requirements).HasMaxLength(2000);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Revision).IsConcurrencyToken();
        builder.Ignore(v => v.Details);
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.Status, v.Sector });
    }
}
