namespace HerstelWerk.Volunteers.Import;

/// <summary>The file as a whole cannot be read (no header, an unclosed quote, too many rows): a 400 naming <c>body</c>, as for any unreadable body.</summary>
public sealed class CsvFormatException(string message) : Exception(message);
