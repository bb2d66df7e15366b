using HerstelWerk.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Identity.Infrastructure;

/// <summary>
/// The account tables ASP.NET Core Identity's user store reads and writes (without roles: an account
/// has one role, on the account itself). Keys, unique names and lengths as Identity's own model has them.
/// </summary>
internal sealed class AccountConfiguration :
    IEntityTypeConfiguration<Account>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.HasKey(a => a.Id);
        account.HasIndex(a => a.NormalizedUserName).IsUnique();
        account.HasIndex(a => a.NormalizedEmail).IsUnique();
        account.HasIndex(a => a.VolunteerId).IsUnique().HasFilter("volunteer_id IS NOT NULL");
        account.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        account.Property(a => a.UserName).HasMaxLength(256);
        account.Property(a => a.NormalizedUserName).HasMaxLength(256);
        account.Property(a => a.Email).HasMaxLength(256);
        account.Property(a => a.NormalizedEmail).HasMaxLength(256);
        account.Property(a => a.DisplayName).HasMaxLength(200);
        account.Property(a => a.Role).HasMaxLength(32);
        account.Ignore(a => a.IsDisabled);
        // Identity's store does not use these for us: no phone sign-in.
        account.Ignore(a => a.PhoneNumber);
        account.Ignore(a => a.PhoneNumberConfirmed);
        account.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        account.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        account.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> claim)
    {
        claim.ToTable("account_claims");
        claim.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> login)
    {
        login.ToTable("account_logins");
        login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        login.Property(l => l.LoginProvider).HasMaxLength(128);
        login.Property(l => l.ProviderKey).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> token)
    {
        // The authenticator key and the recovery codes live here (Identity's authenticator support).
        token.ToTable("account_tokens");
        token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        token.Property(t => t.LoginProvider).HasMaxLength(128);
        token.Property(t => t.Name).HasMaxLength(128);
    }
}
