namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// The file to start from: the header and two made-up volunteers that show each column's form. Written
/// with ';' and a byte order mark, as Dutch Excel reads and saves it, and imported by a test as it is.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "vrijwilligers-import.csv";

    public static string Text =>
        "\uFEFF" + ImportColumns.Header + "\r\n"
        + "Sanne Bakker;sanne.bakker@voorbeeld.invalid;+31 6 23456789;Noord-Brabant;nl|en;2;\"dinsdagavond; zaterdag\";02-02-2021;actief;15-03-2021;bezoeker|sos-trainer;pi-vught=01-04-2021|pi-grave\r\n"
        + "Joris de Wit;joris.dewit@voorbeeld.invalid;;Utrecht;nl;1;;2025-09-01;kennismaking;;;\r\n";
}
