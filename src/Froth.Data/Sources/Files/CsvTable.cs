using System.Text;

namespace Froth.Data.Sources.Files;

/// <summary>
/// A delimited text document split into its header and data lines, each data line keeping its 1-based line
/// number for error messages. Blank lines are left out; quoted fields (<c>"a,b"</c>, <c>""</c> for a quote)
/// are unquoted. Used by the scalar file layouts, which map columns by name.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string location, int headerLine, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Location = location;
        HeaderLine = headerLine;
        Header = header;
        Rows = rows;
    }

    /// <summary>File path or URL.</summary>
    public string Location { get; }

    /// <summary>1-based line of the header.</summary>
    public int HeaderLine { get; }

    /// <summary>Column names as written, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The non-blank lines after the header, in document order.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Splits decoded text.</summary>
    /// <exception cref="DataFormatException">There is no header line, or nothing after it.</exception>
    public static CsvTable Parse(string location, string text, char delimiter)
    {
        var lines = text.Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw new DataFormatException(location, null, null, null, "a header line naming the columns (the file is empty)");
        }

        var header = Split(lines[headerIndex].TrimEnd('\r'), delimiter).Select(h => h.Trim()).ToList();
        PriceLayoutSupport.RefuseDuplicateNames(location, headerIndex + 1, header);
        var rows = new List<CsvRow>(lines.Length);
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Trim().Length > 0)
            {
                rows.Add(new CsvRow(i + 1, Split(raw, delimiter), raw));
            }
        }

        if (rows.Count == 0)
        {
            throw new DataFormatException(location, headerIndex + 1, null, null, "at least one data line after the header (the file has only a header)");
        }

        return new CsvTable(location, headerIndex + 1, header, rows);
    }

    /// <summary>Index of the column with this exact name, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (Header[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws unless the row has exactly as many fields as the header.</summary>
    /// <exception cref="DataFormatException">The row is shorter or longer than the header.</exception>
    public void RequireWidth(CsvRow row)
    {
        if (row.Fields.Count != Header.Count)
        {
            throw new DataFormatException(
                Location,
                row.Line,
                null,
                row.Raw,
                $"{Header.Count} fields like the header ({string.Join(",", Header)}), not {row.Fields.Count}");
        }
    }

    /// <summary>Splits one line on the delimiter, honouring double quotes.</summary>
    public static List<string> Split(string line, char delimiter)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return [.. line.Split(delimiter)];
        }

        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
