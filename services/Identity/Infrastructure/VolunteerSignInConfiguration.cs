using HerstelWerk.Identity.VolunteerAccounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Identity.Infrastructure;

internal sealed class VolunteerSignInConfiguration : IEntityTypeConfiguration<VolunteerSignIn>
{
    public void Configure(EntityTypeBuilder<VolunteerSignIn> volunteer)
    {
        volunteer.ToTable("volunteer_sign_ins");
        volunteer.HasKey(v => v.VolunteerId);
        volunteer.Property(v => v.VolunteerId).ValueGeneratedNever();
        volunteer.Property(v => v.Email).HasMaxLength(256);
    }
}
