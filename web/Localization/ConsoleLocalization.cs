using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HerstelWerk.Web.Localization;

internal static class ConsoleLocalization
{
    public const string Dutch = "nl-NL";
    public const string English = "en-GB";
    public static readonly string[] Cultures = [Dutch, English];

    public static void AddConsoleLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Dutch).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // Dutch unless the user chose English in the console; the browser's language does not decide.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void UseConsoleLocalization(this WebApplication app) => app.UseRequestLocalization();

    /// <summary><c>GET /taal/{culture}?terug=/...</c>: remembers the choice in a cookie and goes back to the page.</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/taal/{culture}", (string culture, string? terug, HttpContext context) =>
            {
                if (!Cultures.Contains(culture))
                {
                    return Results.NotFound();
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture))),
                    new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
                return Results.LocalRedirect(SignIn.SignedInRedirect.LocalOrHome(terug));
            })
            .AllowAnonymous();
}
