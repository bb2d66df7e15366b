namespace HerstelWerk.Web.Gateway;

/// <summary>What a volunteers import did or, in a dry run, would do (<c>POST /api/volunteers/imports</c>).</summary>
public sealed record VolunteerImportReport(bool DryRun, bool Saved, int Rows, int Created, int AlreadyPresent, IReadOnlyList<ImportRowError> Errors);

/// <summary>One problem in the file: its line (the header is line 1), the column, a code the console words in Dutch, and the API's English.</summary>
public sealed record ImportRowError(int Row, string Column, string Code, string Message);

/// <summary>The file the admin picked, held for the dry run and the import after it.</summary>
public sealed record ImportFile(string Name, byte[] Content);
