using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Apis;
using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.Identity.Localization;
using HerstelWerk.Identity.Mail;
using HerstelWerk.Identity.Pages.Account;
using HerstelWerk.Identity.Provider;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Localization;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Identity.VolunteerAccounts;
using HerstelWerk.SharedDomain;

namespace HerstelWerk.Identity;

/// <summary>
/// HerstelWerk's own OpenID Connect provider: accounts for staff and volunteers, the sign-in pages,
/// and tokens for the console and for machine clients. Its database holds no participant data.
/// </summary>
internal static class Extensions
{
    public const string ServiceName = "identity";
    public const string RoutePrefix = "/api/identity";

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<IdentityDb>(ServiceName, bus => bus.AddConsumer<VolunteerAccountFollower>());
        // Development's catch-all for static files made at run time would be an endpoint nobody decided
        // access for; the pages' one style sheet is built in.
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);
        builder.Services.AddGatewayForwardedHeaders();
        builder.Services.AddPersonLanguages();
        builder.Services.AddRazorPages()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SignInTexts)));
        builder.AddAccounts();
        builder.AddMail();
        builder.AddProvider();
        builder.Services.AddScoped<MachineClients>();
        builder.Services.AddScoped<AccountAccess>();
        builder.Services.AddScoped<VolunteerAccountReconciler>();
        builder.Services.Configure<VolunteerInvitationSettings>(builder.Configuration.GetSection(VolunteerInvitationSettings.SectionName));
        builder.Services.AddHostedService<VolunteerInvitationMailer>();
        // After the migrations, which AddHerstelWerkService registered first.
        builder.Services.AddHostedService<ProviderSeeder>();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        // The sign-in pages and their style sheet are for people who are not signed in yet.
        app.MapStaticAssets().AllowAnyone();
        app.MapRazorPages().AllowAnyone();
        app.MapLanguageChoice(AccountPaths.Language, "returnUrl", returnUrl =>
            !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : AccountPaths.SignIn).AllowAnyone();
        app.MapAuthorizationEndpoints();
        app.MapAccountAccessApi();
        app.MapMachineClientsApi();
        app.MapAccountsApi();
    }
}
