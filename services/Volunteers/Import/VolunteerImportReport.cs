using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Import;

/// <summary>What an import did, or in a dry run would do.</summary>
/// <param name="DryRun">True when nothing was saved because it was asked for a check only.</param>
/// <param name="Saved">True when the new volunteers were saved: a real run of a file without errors.</param>
/// <param name="Rows">The volunteers in the file (lines after the header that are not empty).</param>
/// <param name="Created">New volunteers: created, or in a dry run (or a run with errors) to be created.</param>
/// <param name="AlreadyPresent">Rows whose e-mail address Volunteers already has; they are left as they are.</param>
/// <param name="Errors">Every problem, by line and column; a file with any saves nothing.</param>
public sealed record VolunteerImportReport(bool DryRun, bool Saved, int Rows, int Created, int AlreadyPresent, IReadOnlyList<ImportRowError> Errors)
    : IOpenApiExample<VolunteerImportReport>
{
    public static VolunteerImportReport Example => new(true, false, 612, 598, 12, [ImportRowError.Example]);
}
