using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// The row loop shared by every price layout: splits each line, parses the date once and each instrument's
/// prices, and turns what is missing or malformed into a <see cref="DataIssue"/> or a
/// <see cref="DataFormatException"/> by the rules in <c>docs/layouts-prices.md</c>.
/// </summary>
/// <remarks>
/// Required fields are the date, open, high, low and close; volume and Adj Close are optional. A required
/// field that is present but not a finite number or a date rejects the whole file. A row whose prices are
/// all missing (<c>null</c>, empty, <c>NaN</c>) is left out as a holiday row; a row with only some of them
/// is left out with a warning. An optional field that cannot be read becomes "no value" with a warning.
/// </remarks>
internal static class PriceTableReader
{
    private const int MaxFields = 256;
    private const int MaxValueInIssue = 120;

    /// <summary>Reads the data lines left in <paramref name="reader"/>.</summary>
    /// <returns>One <see cref="PriceRows"/> per <see cref="PriceTableSpec.Instruments"/> entry, sorted by date, and the key column's text.</returns>
    public static (PriceRows[] Rows, string? Key) Read(ref CsvLineReader reader, PriceTableSpec spec)
    {
        var header = spec.Header;
        if (header.Count > MaxFields)
        {
            throw new DataFormatException(spec.Location, spec.HeaderLines, null, null, $"at most {MaxFields} columns");
        }

        var capacity = reader.RemainingLineFeeds();
        var rows = new PriceRows[spec.Instruments.Count];
        for (var g = 0; g < rows.Length; g++)
        {
            rows[g] = new PriceRows(capacity, spec.Instruments[g].AdjClose >= 0);
        }

        Span<Range> fields = stackalloc Range[header.Count];
        byte[]? key = null;
        var dataLines = 0;
        while (reader.TryReadLine(out var line))
        {
            if (CsvFields.IsBlank(line))
            {
                continue;
            }

            var lineNo = reader.LineNumber;
            var count = CsvFields.Split(line, fields);
            if (count != header.Count)
            {
                throw new DataFormatException(
                    spec.Location,
                    lineNo,
                    null,
                    CsvFields.Text(line),
                    count < 0 ? "every quote closed on its line" : $"{header.Count} comma-separated fields like the header, not {(count > header.Count ? "more" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            }

            dataLines++;
            var dateField = line[fields[spec.DateColumn]];
            if (!PriceFields.TryParseDate(dateField, out var date))
            {
                throw new DataFormatException(spec.Location, lineNo, header[spec.DateColumn], CsvFields.Text(dateField), "a date like 2024-07-10, 2015-1-5 or 2026-08-21 00:00:00+08:00");
            }

            if (!DataDomain.IsValidDate(date))
            {
                throw new DataFormatException(spec.Location, lineNo, header[spec.DateColumn], CsvFields.Text(dateField), DataDomain.ExpectedDate);
            }

            if (spec.KeyColumn >= 0)
            {
                var k = line[fields[spec.KeyColumn]].Trim(" \t"u8);
                if (key is null)
                {
                    key = k.ToArray();
                }
                else if (!k.SequenceEqual(key))
                {
                    throw new DataFormatException(
                        spec.Location,
                        lineNo,
                        header[spec.KeyColumn],
                        CsvFields.Text(k),
                        $"the same value on every row, '{CsvFields.Text(key)}' as on the first data line (one instrument per file)");
                }
            }

            for (var g = 0; g < rows.Length; g++)
            {
                ReadInstrument(spec, spec.Instruments[g], rows[g], line, fields, lineNo, date);
            }
        }

        if (dataLines == 0)
        {
            throw new DataFormatException(spec.Location, spec.HeaderLines, null, null, "at least one data line after the header (the file has a header only)");
        }

        foreach (var r in rows)
        {
            var order = r.SortByDate();
            if (order > 0)
            {
                r.Issues.Add(new DataIssue(
                    PriceIssueRules.UnsortedRows,
                    IssueSeverity.Info,
                    spec.Location,
                    null,
                    header[spec.DateColumn],
                    null,
                    "Rows are neither oldest first nor newest first; they were sorted by date.",
                    IssueAction.Corrected));
            }
        }

        return (rows, key is null ? null : CsvFields.Text(key));
    }

    private static void ReadInstrument(PriceTableSpec spec, PriceColumnSet c, PriceRows rows, ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, int lineNo, DateOnly date)
    {
        // Parse first: the common case is four good numbers, and "missing" is only asked about a field that
        // does not parse.
        var okOpen = Price(spec, line[fields[c.Open]], c.Open, lineNo, out var o);
        var okHigh = Price(spec, line[fields[c.High]], c.High, lineNo, out var h);
        var okLow = Price(spec, line[fields[c.Low]], c.Low, lineNo, out var l);
        var okClose = Price(spec, line[fields[c.Close]], c.Close, lineNo, out var cl);
        if (!(okOpen && okHigh && okLow && okClose))
        {
            rows.Issues.Add(MissingPrices(spec, c, line, fields, lineNo, date, !okOpen, !okHigh, !okLow, !okClose));
            return;
        }

        double? volume = null;
        if (c.Volume >= 0)
        {
            var v = line[fields[c.Volume]];
            var ok = spec.ScaledVolumes ? PriceFields.TryParseScaledVolume(v, out var parsed) : PriceFields.TryParseNumber(v, spec.GroupedNumbers, out parsed);
            if (ok && parsed >= 0)
            {
                volume = parsed;
            }
            else if (!PriceFields.IsMissing(v))
            {
                rows.Issues.Add(new DataIssue(
                    PriceIssueRules.BadVolume,
                    IssueSeverity.Warning,
                    spec.Location,
                    lineNo,
                    spec.Header[c.Volume],
                    Clip(CsvFields.Text(v)),
                    "Volume is not a non-negative number; the bar is kept without volume.",
                    IssueAction.Corrected) { Date = date });
            }
        }

        double? adj = null;
        if (c.AdjClose >= 0)
        {
            var a = line[fields[c.AdjClose]];
            if (PriceFields.TryParseNumber(a, spec.GroupedNumbers, out var parsed))
            {
                adj = parsed;
            }
            else if (!PriceFields.IsMissing(a))
            {
                rows.Issues.Add(new DataIssue(
                    PriceIssueRules.BadAdjClose,
                    IssueSeverity.Warning,
                    spec.Location,
                    lineNo,
                    spec.Header[c.AdjClose],
                    Clip(CsvFields.Text(a)),
                    "Adj Close is not a finite number; the adjusted series leaves this date out.",
                    IssueAction.Corrected) { Date = date });
            }
        }

        rows.Add(new DailyBar(date, o, h, l, cl, volume), lineNo, adj);
    }

    /// <summary>
    /// A required price: true with the value, false when the field says "no value", and a
    /// <see cref="DataFormatException"/> when it holds something that is neither.
    /// </summary>
    private static bool Price(PriceTableSpec spec, ReadOnlySpan<byte> field, int column, int lineNo, out double value)
    {
        if (PriceFields.TryParseNumber(field, spec.GroupedNumbers, out value))
        {
            return DataDomain.IsValidPrice(value)
                ? true
                : throw new DataFormatException(spec.Location, lineNo, spec.Header[column], CsvFields.Text(field), DataDomain.ExpectedPrice);
        }

        if (PriceFields.IsMissing(field))
        {
            return false;
        }

        throw new DataFormatException(
            spec.Location,
            lineNo,
            spec.Header[column],
            CsvFields.Text(field),
            spec.GroupedNumbers ? "a finite number like 4,443.01" : "a finite number like 1234.56");
    }

    private static DataIssue MissingPrices(PriceTableSpec spec, PriceColumnSet c, ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, int lineNo, DateOnly date, bool open, bool high, bool low, bool close)
    {
        if (open && high && low && close)
        {
            return new DataIssue(
                PriceIssueRules.EmptyRow,
                IssueSeverity.Info,
                spec.Location,
                lineNo,
                null,
                Clip(CsvFields.Text(line)),
                "Row has no prices (every price field is empty, null or NaN): a holiday or a day the source could not fill; left out.",
                IssueAction.Skipped) { Date = date };
        }

        var column = open ? c.Open : high ? c.High : low ? c.Low : c.Close;
        return new DataIssue(
            PriceIssueRules.MissingPrice,
            IssueSeverity.Warning,
            spec.Location,
            lineNo,
            spec.Header[column],
            CsvFields.Text(line[fields[column]]),
            $"Row has no {spec.Header[column]} but has other prices; left out, because a bar needs open, high, low and close.",
            IssueAction.Skipped) { Date = date };
    }

    private static string Clip(string text) => text.Length <= MaxValueInIssue ? text : text[..(MaxValueInIssue - 3)] + "...";
}
