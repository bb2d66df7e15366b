using System.Text;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Importing the charity's existing volunteers from a spreadsheet: admins only.</summary>
public static class ImportApi
{
    /// <summary>About 2,000 bytes a line for 600 volunteers, with room to spare; the file is held in memory once.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>What browsers and tools call a CSV file (Excel's own type included).</summary>
    private static readonly string[] CsvTypes = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

    public static void MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        var imports = endpoints.MapApiGroup($"{Extensions.RoutePrefix}/imports", "Import");
        imports.MapPost("/", Import)
            .RequireAccess(Roles.Admin)
            // Documented, not declared with Accepts: routing would answer another type with a 415 before
            // the access check, and a refused caller must hear 403 whatever they send.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The CSV file itself; start from GET /api/volunteers/imports/template.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                };
                return Task.CompletedTask;
            })
            .Produces<VolunteerImportReport>(StatusCodes.Status422UnprocessableEntity)
            .WithName("ImportVolunteers")
            .WithSummary("Import volunteers from a CSV file (text/csv, at most 2 MB, 5000 rows; ';' or ',' separated, UTF-8 or Windows-1252, dates dd-MM-yyyy or yyyy-MM-dd) with their VOG date, roles and passes. dryRun=true checks every row and saves nothing. A volunteer whose e-mail address exists already is left as it is, so a second import creates nothing. A file with any row error saves nothing (422 with the errors); an unreadable file is a 400.");
        imports.MapGet("/template", Template)
            .RequireAccess(Roles.Admin)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithName("VolunteerImportTemplate")
            .WithSummary("The CSV file to start from: every column, and two made-up volunteers that show each column's form.");
    }

    public static async Task<Results<Ok<VolunteerImportReport>, UnprocessableEntity<VolunteerImportReport>, ValidationProblem>> Import(
        HttpRequest request, VolunteerImporter importer, CancellationToken cancellationToken, [FromQuery] bool dryRun = false)
    {
        if (request.ContentType is { } type && !CsvTypes.Any(csv => type.StartsWith(csv, StringComparison.OrdinalIgnoreCase)))
        {
            return Refused($"Send the file itself as text/csv, not as {type.Split(';')[0]}.");
        }

        if (await ReadAsync(request, cancellationToken) is not { } text)
        {
            return Refused($"The file is larger than {MaxBytes / 1024 / 1024} MB; import it in parts.");
        }

        try
        {
            var report = await importer.ImportAsync(text, dryRun, cancellationToken);
            return report.Errors.Count > 0 && !dryRun ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
        }
        catch (CsvFormatException unreadable)
        {
            return Refused(unreadable.Message);
        }
    }

    public static FileContentHttpResult Template() =>
        TypedResults.File(Encoding.UTF8.GetBytes(ImportTemplate.Text), "text/csv", ImportTemplate.FileName);

    /// <summary>
    /// The body as text, or null beyond <see cref="MaxBytes"/>. UTF-8 as most tools save it; otherwise
    /// Windows-1252, which Excel's plain "CSV" uses on Dutch Windows.
    /// </summary>
    private static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }

    private static ValidationProblem Refused(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [message] }, detail: message, title: "The file cannot be imported.");
}
