using HerstelWerk.Identity.Accounts;
using HerstelWerk.SharedDomain.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace HerstelWerk.Identity.Infrastructure;

/// <summary>
/// Identity's one database: accounts and their sign-in data (ASP.NET Core Identity's stores), OpenIddict's
/// applications, authorizations and tokens, and the outbox, inbox and audit log every service has.
/// It derives from <see cref="ServiceDbContext"/> rather than Identity's own base context, so the
/// messaging and audit parts are the same as everywhere else; the account tables are configured in
/// <see cref="AccountConfiguration"/>.
/// </summary>
public sealed class IdentityDb(DbContextOptions<IdentityDb> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<IdentityUserClaim<Guid>> AccountClaims => Set<IdentityUserClaim<Guid>>();

    public DbSet<IdentityUserLogin<Guid>> AccountLogins => Set<IdentityUserLogin<Guid>>();

    public DbSet<IdentityUserToken<Guid>> AccountTokens => Set<IdentityUserToken<Guid>>();

    /// <summary>Volunteers' facts that decide their accounts: Active or not, and the address.</summary>
    public DbSet<VolunteerAccounts.VolunteerSignIn> VolunteerSignIns => Set<VolunteerAccounts.VolunteerSignIn>();

    /// <summary>Partners and other machine clients: their role, beside OpenIddict's registration.</summary>
    public DbSet<Provider.MachineClient> MachineClients => Set<Provider.MachineClient>();

    /// <summary>The keys that protect the sign-in cookies and forms, shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict<Guid>();
        // OpenIddict names its tables itself; these follow the snake_case names of every other table.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens");
    }
}
