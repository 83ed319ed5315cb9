using System.Globalization;
using Froth.Series;

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

        return Read(full, SourceFileReader.Read(full), column);
    }

    /// <summary>Reads column <paramref name="column"/> of a document already in memory.</summary>
    /// <exception cref="DataFormatException">The document, header, a date or a value is not as expected.</exception>
    public static ColumnSeries Read(string location, ReadOnlySpan<byte> content, string column)
    {
        var text = SourceText.Decode(new SourceInput(location, content.ToArray()));
        var firstLine = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var delimiter = firstLine.Contains(',') ? ',' : firstLine.Contains(';') ? ';' : firstLine.Contains('\t') ? '\t' : ',';
        var table = CsvTable.Parse(location, text, delimiter);
        var header = table.Header;
        var valueIndex = header.ToList().FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        if (valueIndex < 0)
        {
            throw new DataFormatException(location, table.HeaderLine, column, null, $"a column named '{column}'; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}");
        }

        var dateIndex = header.ToList().FindIndex(h => DateNames.Contains(h, StringComparer.OrdinalIgnoreCase));
        var rows = new List<(DateOnly? Date, double Value, int Line)>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var fields = row.Fields;
            if (fields.Count < header.Count && i == table.Rows.Count - 1 && rows.Count > 0)
            {
                // A trailing "data from …" footer line.
                continue;
            }

            if (fields.Count <= valueIndex)
            {
                throw new DataFormatException(location, row.Line, null, row.Raw, $"{header.Count} fields like the header");
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
                    throw new DataFormatException(location, row.Line, header[dateIndex], fields[dateIndex], "a date like 2024-07-10 or 1871.01");
                }

                date = d;
            }

            if (!TryParseNumber(fields[valueIndex], out var value))
            {
                throw new DataFormatException(location, row.Line, header[valueIndex], fields[valueIndex], "a finite number like 1234.56");
            }

            rows.Add((date, value, row.Line));
        }

        if (rows.Count == 0)
        {
            throw new DataFormatException(location, table.HeaderLine, null, null, "at least one data line after the header");
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
                throw new DataFormatException(location, ordered[i].Line, header[dateIndex], IsoDate.Format(ordered[i].Date!.Value), $"one row per date (line {ordered[i - 1].Line} has the same date)");
            }
        }

        return new ColumnSeries(location, header[valueIndex], [.. ordered.Select(r => r.Date!.Value)], [.. ordered.Select(r => r.Value)], [.. ordered.Select(r => r.Line)]);
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
}
