using HerstelWerk.ServiceDefaults.Localization;

namespace HerstelWerk.Web.Localization;

internal static class ConsoleLocalization
{
    public const string Dutch = PersonLanguages.Dutch;
    public const string English = PersonLanguages.English;

    public static void AddConsoleLocalization(this IServiceCollection services) => services.AddPersonLanguages();

    public static void UseConsoleLocalization(this WebApplication app) => app.UseRequestLocalization();

    /// <summary><c>GET /taal/{culture}?terug=/...</c>: remembers the choice in a cookie and goes back to the page.</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapLanguageChoice("/taal", "terug", SignIn.SignedInRedirect.LocalOrHome).AllowAnonymous();
}
