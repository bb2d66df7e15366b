using System.Text;

namespace HerstelWerk.Volunteers.Import;

/// <summary>One record of a CSV file: its line number in the file (as a spreadsheet shows it) and its cells.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Reads CSV as spreadsheets write it (RFC 4180 and what Excel does beyond it): Dutch Excel separates
/// with <c>;</c>, others with <c>,</c>, so the header line decides; cells may be quoted, with <c>""</c>
/// for a quote and line breaks inside; a byte order mark and CRLF or LF line ends are all fine; empty
/// lines are skipped. A file it cannot read is refused with <see cref="CsvFormatException"/>.
/// </summary>
public static class CsvFile
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var separator = SeparatorOf(text);
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var cellWasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0 && !cellWasQuoted)
            {
                quoted = cellWasQuoted = true;
                cell.Clear();
            }
            else if (c == separator)
            {
                cells.Add(Cell(cell, cellWasQuoted));
                cellWasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(Cell(cell, cellWasQuoted));
                cellWasQuoted = false;
                Add(records, recordLine, cells);
                cells = [];
                recordLine = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new CsvFormatException($"A quote opened on line {recordLine} is never closed.");
        }

        cells.Add(Cell(cell, cellWasQuoted));
        Add(records, recordLine, cells);
        return records;
    }

    /// <summary>The separator of the header line: whichever of ';', ',' and tab occurs most outside quotes.</summary>
    private static char SeparatorOf(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        return counts.OrderByDescending(pair => pair.Value).First().Key;
    }

    private static string Cell(StringBuilder cell, bool quoted)
    {
        var value = quoted ? cell.ToString() : cell.ToString().Trim();
        cell.Clear();
        return value;
    }

    private static void Add(List<CsvRecord> records, int line, List<string> cells)
    {
        if (cells.Any(cell => cell.Trim().Length > 0))
        {
            records.Add(new CsvRecord(line, cells));
        }
    }
}
