using System.Globalization;
using System.Text;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Reads one numeric column of any delimited text file with a header line: the input of
/// <c>--file F --column C</c>, for series that are not in the store.
/// </summary>
/// <remarks>
/// <para>The delimiter is the first of <c>,</c> <c>;</c> <c>tab</c> found in the header. A UTF-8 byte order
/// mark is ignored, fields may be quoted, and an Excel-style <c>=</c> before a number is allowed.</para>
/// <para>The date column is the one named <c>date</c>, <c>Date</c>, <c>DATE</c>, <c>observation_date</c> or
/// <c>日期</c>, else the first column when it parses as dates. Dates may be ISO (<c>2024-07-10</c>, with a time
/// and offset after it, which is ignored), <c>2015-1-5</c>, <c>2015/1/5</c>, or Shiller's <c>1871.01</c>
/// (the first of that month). Rows are returned in ascending date order; a repeated date is an error.</para>
/// <para>Strict: an empty cell, <c>NaN</c>, <c>null</c> or anything that is not a finite number is an error
/// naming the line, because analytics must not run on silently patched data. A trailing line that has
/// fewer fields than the header and no number (a "data from …" footer) is ignored.</para>
/// </remarks>
public static class CsvColumnReader
{
    private static readonly string[] DateNames = ["date", "observation_date", "日期", "time", "day"];

    /// <summary>Reads column <paramref name="column"/> (case-insensitive) of the file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The file, header, a date or a value is not as expected.</exception>
    public static ColumnSeries Read(string path, string column)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new DataFormatException(full, null, null, null, "an existing file");
        }

        return Read(full, File.ReadAllBytes(full), column);
    }

    /// <summary>Reads column <paramref name="column"/> of a document already in memory.</summary>
    /// <exception cref="DataFormatException">The document, header, a date or a value is not as expected.</exception>
    public static ColumnSeries Read(string location, ReadOnlySpan<byte> content, string column)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DataFormatException(location, null, null, null, "UTF-8 text");
        }

        var lines = text.Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw new DataFormatException(location, null, null, null, "a header line naming the columns (the file is empty)");
        }

        var headerLine = lines[headerIndex].TrimEnd('\r');
        var delimiter = headerLine.Contains(',') ? ',' : headerLine.Contains(';') ? ';' : headerLine.Contains('\t') ? '\t' : ',';
        var header = SplitLine(headerLine, delimiter);
        var valueIndex = header.FindIndex(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        if (valueIndex < 0)
        {
            throw new DataFormatException(location, headerIndex + 1, column, null, $"a column named '{column}'; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}");
        }

        var dateIndex = header.FindIndex(h => DateNames.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
        var rows = new List<(DateOnly? Date, double Value, int Line)>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var fields = SplitLine(raw, delimiter);
            var lineNo = i + 1;
            if (fields.Count < header.Count && IsFooter(lines, i))
            {
                continue;
            }

            if (fields.Count <= valueIndex)
            {
                throw new DataFormatException(location, lineNo, null, raw, $"{header.Count} fields like the header");
            }

            if (rows.Count == 0 && dateIndex < 0 && valueIndex != 0 && TryParseDate(fields[0], out _))
            {
                dateIndex = 0;
            }

            DateOnly? date = null;
            if (dateIndex >= 0)
            {
                if (!TryParseDate(fields[dateIndex], out var d))
                {
                    throw new DataFormatException(location, lineNo, header[dateIndex], fields[dateIndex], "a date like 2024-07-10 or 1871.01");
                }

                date = d;
            }

            if (!TryParseNumber(fields[valueIndex], out var value))
            {
                throw new DataFormatException(location, lineNo, header[valueIndex], fields[valueIndex], "a finite number like 1234.56");
            }

            rows.Add((date, value, lineNo));
        }

        if (rows.Count == 0)
        {
            throw new DataFormatException(location, headerIndex + 1, null, null, "at least one data line after the header");
        }

        if (dateIndex < 0)
        {
            return new ColumnSeries(location, header[valueIndex], null, [.. rows.Select(r => r.Value)], [.. rows.Select(r => r.Line)]);
        }

        var ordered = rows.OrderBy(r => r.Date).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Date == ordered[i - 1].Date)
            {
                throw new DataFormatException(location, ordered[i].Line, header[dateIndex], ordered[i].Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"one row per date (line {ordered[i - 1].Line} has the same date)");
            }
        }

        return new ColumnSeries(location, header[valueIndex], [.. ordered.Select(r => r.Date!.Value)], [.. ordered.Select(r => r.Value)], [.. ordered.Select(r => r.Line)]);
    }

    private static bool IsFooter(string[] lines, int index)
    {
        // Only the last non-empty lines of a file can be a footer.
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses the date formats the snapshot uses; a time and offset after the date are ignored.</summary>
    internal static bool TryParseDate(string field, out DateOnly date)
    {
        var s = field.Trim().Trim('"');
        var space = s.IndexOfAny([' ', 'T']);
        if (space > 0)
        {
            s = s[..space];
        }

        if (DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // Shiller's monthly dates: 1871.01 is January 1871, 1871.1 is October.
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot == 4 && s.Length is 6 or 7
            && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(s[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            if (s.Length == 6)
            {
                month *= 10;
            }

            if (month is >= 1 and <= 12)
            {
                date = new DateOnly(year, month, 1);
                return true;
            }
        }

        date = default;
        return false;
    }

    private static bool TryParseNumber(string field, out double value)
    {
        var s = field.Trim().Trim('"').TrimStart('=');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static List<string> SplitLine(string line, char delimiter)
    {
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
