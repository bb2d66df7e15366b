using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// One thing wrong in the file: the line it is on (as the spreadsheet numbers it, the header being 1),
/// the column, a code a client can show in its own language, and the message in English.
/// </summary>
/// <param name="Code">
/// <c>invalid</c> (the same rules as an application by hand; the message is the validation's),
/// <c>date</c>, <c>future-date</c>, <c>number</c>, <c>status</c>, <c>role</c>, <c>facility</c>,
/// <c>duplicate</c> (the e-mail address is on an earlier line too), <c>vog-needed</c> (the status needs an issued VOG),
/// <c>role-needed</c> (an active volunteer needs a role) or <c>rule</c> (the lifecycle refused; the message says why).
/// </param>
public sealed record ImportRowError(int Row, string Column, string Code, string Message) : IOpenApiExample<ImportRowError>
{
    public static ImportRowError Example => new(14, ImportColumns.VogIssuedOn, "date", "Write the date as dd-MM-yyyy or yyyy-MM-dd.");
}
