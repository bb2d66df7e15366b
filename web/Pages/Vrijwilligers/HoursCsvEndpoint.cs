using System.Globalization;
using HerstelWerk.Web.Gateway;

namespace HerstelWerk.Web.Pages.Vrijwilligers;

/// <summary>
/// The hours statement as a CSV download. The browser holds no token, so it cannot ask the gateway
/// itself: it asks the console, which calls Volunteers' <c>/hours/csv</c> with the signed-in user's
/// token (<see cref="AccessTokenHandler"/>) and passes the file on as it arrives. The address carries
/// a year and at most a volunteer's id. It is a read without side effects, so it needs no antiforgery
/// token; the session cookie is SameSite=Strict, so another site cannot make a signed-in browser fetch it.
/// </summary>
public static class HoursCsvEndpoint
{
    public const string Path = "/vrijwilligers/uren/csv";

    public static string PathFor(int year, Guid? volunteerId) =>
        $"{Path}?jaar={year.ToString(CultureInfo.InvariantCulture)}" + (volunteerId is { } id ? $"&vrijwilliger={id}" : "");

    public static void MapHoursCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, DownloadAsync).RequireAuthorization(policy => policy.RequireRole("coordinator"));

    private static async Task DownloadAsync(int jaar, Guid? vrijwilliger, VolunteersClient volunteers, HttpContext context)
    {
        using var answer = await TryGetAsync(volunteers, jaar, vrijwilliger, context.RequestAborted);
        var response = context.Response;
        // Names and hours: no cache may keep them.
        response.Headers.CacheControl = "no-store";
        if (answer is not { IsSuccessStatusCode: true })
        {
            response.StatusCode = answer is null ? StatusCodes.Status503ServiceUnavailable : (int)answer.StatusCode;
            return;
        }

        response.ContentType = "text/csv; charset=utf-8";
        var name = vrijwilliger is null ? $"vrijwilligersuren-{jaar}.csv" : $"vrijwilligersuren-{jaar}-{vrijwilliger.Value.ToString()[..8]}.csv";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await answer.Content.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static async Task<HttpResponseMessage?> TryGetAsync(VolunteersClient volunteers, int year, Guid? volunteerId, CancellationToken cancellationToken)
    {
        try
        {
            return await volunteers.HoursCsvAsync(year, volunteerId, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
