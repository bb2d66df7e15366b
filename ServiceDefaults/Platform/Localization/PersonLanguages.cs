using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.ServiceDefaults.Localization;

/// <summary>
/// The languages of the pages people use (the console and the sign-in pages): Dutch, unless the person
/// chose English. The choice is one cookie on the gateway's origin, so the console and the sign-in pages,
/// both reached there, always speak the same language. The browser's own language does not decide.
/// </summary>
public static class PersonLanguages
{
    public const string Dutch = "nl-NL";
    public const string English = "en-GB";
    public static readonly string[] Cultures = [Dutch, English];

    public static IServiceCollection AddPersonLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Dutch).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// <c>GET {path}/{culture}?{returnParameter}=/...</c>: remembers the choice in the cookie and goes back to
    /// the page, which <paramref name="localOrHome"/> keeps on this site.
    /// </summary>
    public static RouteHandlerBuilder MapLanguageChoice(this IEndpointRouteBuilder app, string path, string returnParameter, Func<string?, string> localOrHome) =>
        app.MapGet(path + "/{culture}", (string culture, HttpContext context) =>
        {
            if (!Cultures.Contains(culture))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture))),
                new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Results.LocalRedirect(localOrHome(context.Request.Query[returnParameter]));
        }).ExcludeFromDescription();
}
