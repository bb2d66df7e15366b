using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>Employers and their vacancies: business contact data, no participants.</summary>
internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>, IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("employers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Organisation).HasMaxLength(200);
        builder.Property(e => e.ContactPerson).HasMaxLength(200);
        builder.Property(e => e.ContactEmail).HasMaxLength(254);
        builder.Property(e => e.ContactPhone).HasMaxLength(30);
        builder.Property(e => e.Sector).HasMaxLength(40);
        builder.Property(e => e.Region).HasMaxLength(50);
        builder.Property(e => e.Revision).IsConcurrencyToken();
        builder.Ignore(e => e.Details);
        builder.HasIndex(e => e.Organisation);
    }

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
