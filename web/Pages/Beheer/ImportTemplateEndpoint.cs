using HerstelWerk.Web.Gateway;

namespace HerstelWerk.Web.Pages.Beheer;

/// <summary>
/// The import's template as a download. The browser holds no token, so it cannot fetch the API's
/// <c>GET /api/volunteers/imports/template</c> itself; the console fetches it for the signed-in admin.
/// </summary>
public static class ImportTemplateEndpoint
{
    public const string Path = "/beheer/vrijwilligers-import.csv";

    public static void MapImportTemplate(this WebApplication app) =>
        app.MapGet(Path, async (AdminClient admin, CancellationToken cancellationToken) =>
                await admin.ImportTemplateAsync(cancellationToken) is { } template
                    ? Results.File(template, "text/csv", "vrijwilligers-import.csv")
                    : Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
            .RequireAuthorization(policy => policy.RequireRole("admin"));
}
