using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.Identity.Pages.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// ASP.NET Core Identity for the accounts: NIST SP 800-63B passwords (12 characters or more, no
/// composition rules, not a common one), a lock-out after 5 failures for 15 minutes, unique e-mail
/// addresses, authenticator codes for the second factor, and the sign-in cookies of the pages.
/// </summary>
internal static class AccountRegistration
{
    public const int MinimumPasswordLength = 12;

    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = false;
                // Identity's claim names as the tokens use them.
                options.ClaimsIdentity.UserIdClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Name;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>();
        // Identity's own data-protection tokens are the password-reset links': valid an hour.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordResets.Lifespan);

        builder.Services.AddAuthentication().AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-herstelwerk-signin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // Lax: the console sends the browser here with a top-level redirect, which must carry it.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = AccountPaths.SignIn;
            options.AccessDeniedPath = AccountPaths.SignIn;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "__Host-herstelwerk-signin-step";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.ExpireTimeSpan = Enrolment.Lifetime;
        });
        builder.Services.AddAuthentication().AddCookie(Enrolment.Scheme, options =>
        {
            options.Cookie.Name = "__Host-herstelwerk-enrolment";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = Enrolment.Lifetime;
            options.SlidingExpiration = false;
        });

        // The cookies and forms are protected by keys in identitydb, so every replica reads them.
        builder.Services.AddDataProtection().SetApplicationName("HerstelWerk.Identity").PersistKeysToDbContext<IdentityDb>();
        builder.Services.AddScoped<AccountAudit>();
        builder.Services.AddSingleton<SignInMetrics>();
        builder.Services.AddSingleton<AccountLinks>();
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddScoped<PasswordResets>();
    }
}
