namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// The columns of the import file, with the Dutch headers the charity's spreadsheets use (any order,
/// any case). Only <see cref="Required"/> must be there as a column; the template has them all.
/// </summary>
public static class ImportColumns
{
    public const string Name = "naam";
    public const string Email = "email";
    public const string Phone = "telefoon";
    public const string Region = "regio";
    public const string Languages = "talen";
    public const string Capacity = "capaciteit";
    public const string Availability = "beschikbaarheid";
    public const string AppliedOn = "aangemeld_op";
    public const string Status = "status";
    public const string VogIssuedOn = "vog_afgegeven_op";
    public const string Roles = "rollen";
    public const string Passes = "passen";

    public static readonly IReadOnlyList<string> All =
        [Name, Email, Phone, Region, Languages, Capacity, Availability, AppliedOn, Status, VogIssuedOn, Roles, Passes];

    public static readonly IReadOnlyList<string> Required = [Name, Email, Region, Languages, Capacity, Status];

    /// <summary>The file's header for the template: every column, separated the way Dutch Excel does.</summary>
    public static string Header => string.Join(';', All);
}
