using HerstelWerk.ServiceDefaults;
using HerstelWerk.Web.Components;
using HerstelWerk.Web.Gateway;
using HerstelWerk.Web.Localization;
using HerstelWerk.Web.Pages.Vrijwilligers;
using HerstelWerk.Web.Pages.Beheer;
using HerstelWerk.Web.SignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FluentUI.AspNetCore.Components;

namespace HerstelWerk.Web;

internal static class ConsoleExtensions
{
    /// <summary>Pages (interactive server rendering), Fluent UI, Dutch and English text, sign-in and the gateway's clients.</summary>
    public static void AddConsoleServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddFluentUIComponents(options => options.Localizer = new FluentTexts());
        builder.Services.AddConsoleLocalization();
        builder.AddConsoleSignIn();
        builder.AddGatewayClients();

        // Blazor's own instruments (.NET 10): how long each click takes on the server, renders, open
        // circuits, in the dashboard beside the console's HTTP calls to the gateway.
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(
                "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Lifecycle", "Microsoft.AspNetCore.Components.Server.Circuits"))
            .WithTracing(tracing => tracing.AddSource("Microsoft.AspNetCore.Components"));

        // The console is reached through the gateway only: redirects (sign-in, sign-out) point at its address.
        builder.Services.AddGatewayForwardedHeaders();
    }

    /// <summary>The console's pipeline: who the browser is, then which language, then the pages.</summary>
    public static void UseConsole(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }

        app.UseDevelopmentOnlyPages();
        app.UseStatusCodePagesWithReExecute("/niet-gevonden");
        app.UseConsoleLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.MapStaticAssets().AllowAnonymous();
        app.MapSignInEndpoints();
        app.MapCultureEndpoint();
        app.MapHoursCsv();
        app.MapImportTemplate();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
