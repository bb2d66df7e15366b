using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// Imports the volunteers of a CSV file. The natural key is the e-mail address (case aside): a row whose
/// address Volunteers already has is "already present" and left alone, so importing a file twice creates
/// nothing the second time. All or nothing: a file with any error saves nothing, so a coordinator fixes
/// the lines the dry run named and imports the whole file again.
/// </summary>
public sealed class VolunteerImporter(VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock, ParticipantAudit audit)
{
    public const int MaxRows = 5000;

    /// <exception cref="CsvFormatException">The file as a whole cannot be read.</exception>
    public async Task<VolunteerImportReport> ImportAsync(string text, bool dryRun, CancellationToken cancellationToken)
    {
        var (header, records) = Read(text);
        if (dryRun)
        {
            return await AnalyseAsync(header, records, dryRun, cancellationToken);
        }

        VolunteerImportReport? report = null;
        // Two imports of one file at once would both find its volunteers new: they take turns.
        await db.InTurnAsync("volunteer-import", Guid.Empty, async () => report = await AnalyseAsync(header, records, dryRun, cancellationToken), cancellationToken);
        return report!;
    }

    private async Task<VolunteerImportReport> AnalyseAsync(
        IReadOnlyDictionary<string, int> header, IReadOnlyList<CsvRecord> records, bool dryRun, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var rows = records.Select(record => ImportRow.Read(record, header, today)).ToList();
        MarkDuplicates(rows);
        var keys = rows.Select(row => row.Key).Where(key => key.Length > 0).Distinct().ToList();
        var present = (await db.Volunteers.Where(v => keys.Contains(v.Email.ToLower())).Select(v => v.Email.ToLower()).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var created = new List<Volunteer>();
        var alreadyPresent = 0;
        foreach (var row in rows)
        {
            if (row.Key.Length > 0 && present.Contains(row.Key))
            {
                alreadyPresent++;
            }
            else if (row.Errors.Count == 0 && Build(row, today) is { } volunteer)
            {
                created.Add(volunteer);
            }
        }

        var errors = rows.SelectMany(row => row.Errors).ToList();
        var save = !dryRun && errors.Count == 0 && created.Count > 0;
        if (save)
        {
            // The save collects every event the new volunteers raised into the outbox, in this transaction.
            db.Volunteers.AddRange(created);
            audit.StageAction(AuditAction.Import);
        }

        return new VolunteerImportReport(dryRun, save, rows.Count, created.Count, alreadyPresent, errors);
    }

    private Volunteer? Build(ImportRow row, DateOnly today)
    {
        try
        {
            return ImportedVolunteer.Build(row, today, clock.Now, vog.Value);
        }
        catch (VolunteerRuleException refused)
        {
            row.Error(ImportColumns.Status, "rule", refused.Message);
            return null;
        }
    }

    private static void MarkDuplicates(List<ImportRow> rows)
    {
        foreach (var same in rows.Where(row => row.Key.Length > 0).GroupBy(row => row.Key).Where(group => group.Count() > 1))
        {
            var first = same.First();
            foreach (var row in same.Skip(1))
            {
                row.Error(ImportColumns.Email, "duplicate", $"The e-mail address is on line {first.Line} too; each volunteer is in the file once.");
            }
        }
    }

    private static (IReadOnlyDictionary<string, int> Header, IReadOnlyList<CsvRecord> Records) Read(string text)
    {
        var records = CsvFile.Parse(text);
        if (records.Count == 0)
        {
            throw new CsvFormatException("The file is empty; start from the template, whose first line names the columns.");
        }

        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records[0].Cells.Count; i++)
        {
            var column = Normalised(records[0].Cells[i]);
            if (column.Length > 0 && !header.TryAdd(column, i))
            {
                throw new CsvFormatException($"The column '{column}' is in the first line twice.");
            }
        }

        var missing = ImportColumns.Required.Where(column => !header.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            throw new CsvFormatException(
                $"The first line lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; it names the columns: {ImportColumns.Header}.");
        }

        if (records.Count - 1 > MaxRows)
        {
            throw new CsvFormatException($"The file has {records.Count - 1} rows; import at most {MaxRows} at a time.");
        }

        return (header, records.Skip(1).ToList());
    }

    /// <summary>"E-mail", "Aangemeld op" and "aangemeld_op" are the same column.</summary>
    private static string Normalised(string header) =>
        header.Trim().ToLowerInvariant().Replace("e-mail", "email", StringComparison.Ordinal).Replace(' ', '_').Replace('-', '_');
}
