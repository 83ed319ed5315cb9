using Froth.Analysis.Subjects;
using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Analysis.Series;

/// <summary>
/// One numeric column of a CSV file given with <c>--file F --column C</c>, read for a bubble test as a stored series
/// would be: with its provenance (the file and its content hash), its dates when it has a date column, and the line of
/// every value so that an error names it.
/// </summary>
/// <param name="Label">What it is: <c>FILE:COLUMN</c>.</param>
/// <param name="Location">The file's absolute path.</param>
/// <param name="Column">The column read.</param>
/// <param name="Dated">The values with their dates, or <see langword="null"/> when the file has no date column.</param>
/// <param name="Values">The values, in file order (within the date range asked for).</param>
/// <param name="Lines">The 1-based line of each value.</param>
public sealed record FileSeries(string Label, string Location, string Column, IReadOnlyList<ScalarPoint>? Dated, IReadOnlyList<double> Values, IReadOnlyList<int> Lines)
{
    /// <summary>Reads the column, keeping the dates in [<paramref name="from"/>, <paramref name="to"/>] when given.</summary>
    /// <exception cref="DataFormatException">The file cannot be read, has no such column, or a value is not a number.</exception>
    /// <exception cref="FrothException">A date range for a file without dates, or no value in it.</exception>
    public static FileSeries Read(Workspace workspace, string path, string column, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var series = CsvColumnReader.Read(workspace.FullPath(path), column);
        var label = $"{Path.GetFileName(series.Location)}:{series.Column}";
        FileSeries result;
        if (series.Dates is null)
        {
            if (from is not null || to is not null)
            {
                throw new FrothException($"--from and --to need dates, and {series.Location} has no date column.");
            }

            result = new FileSeries(label, series.Location, series.Column, null, series.Values, series.Lines);
        }
        else
        {
            var keep = Enumerable.Range(0, series.Values.Count).Where(i => (from is null || series.Dates[i] >= from) && (to is null || series.Dates[i] <= to)).ToList();
            result = new FileSeries(
                label,
                series.Location,
                series.Column,
                [.. keep.Select(i => new ScalarPoint(series.Dates[i], series.Values[i]))],
                [.. keep.Select(i => series.Values[i])],
                [.. keep.Select(i => series.Lines[i])]);
        }

        if (result.Values.Count == 0)
        {
            throw new FrothException($"{label} has no observations{(from is null && to is null ? "" : " in the date range asked for")}.");
        }

        return result;
    }

    /// <summary>Checks that every value can take <paramref name="transform"/>, naming the file, line, column and value of one that cannot.</summary>
    /// <exception cref="DataFormatException">A value the transform is undefined for.</exception>
    public void Check(ValueTransform transform)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (ValueTransforms.TryApply(transform, Values[i]) is null)
            {
                var expected = transform == ValueTransform.Log
                    ? "a positive number, because --transform log takes logarithms (use --transform none for series that can be zero or negative)"
                    : "a non-zero number, because --transform reciprocal takes 1/x";
                throw new DataFormatException(Location, Lines[i], Column, Values[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture), expected);
            }
        }
    }

    /// <summary>The subject of a dated file: a pseudo-instrument <c>FILE:COLUMN</c> whose source is the file.</summary>
    /// <exception cref="InvalidOperationException">The file has no dates.</exception>
    public SubjectInfo Info()
    {
        var dated = Dated ?? throw new InvalidOperationException("An undated file has no dated subject.");
        var instrument = new Instrument(Label, Label, InstrumentKind.Index, "FILE", null);
        var source = new SeriesSource(Label, Path.GetFileNameWithoutExtension(Location), dated[0].Date, dated[^1].Date, dated.Count, false, PriceAdjustment.Unknown)
        {
            Origin = new SourceOrigin(0, Location, "csv-column", SourceReader.Hash(File.ReadAllBytes(Location))),
        };
        return new SubjectInfo(Label, Label, SubjectKind.Instrument, instrument, source);
    }
}
