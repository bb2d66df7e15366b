using HerstelWerk.Placement.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Placement.Infrastructure;

/// <summary>Employers: business contact data, no participants.</summary>
internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
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
}
