using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Turns the rows read from a price file into the batch's series: names them, reads an index's volume 0 as
/// "no volume", and keeps an Adj Close column as a series of its own when it differs from Close.
/// </summary>
internal sealed class PriceBatchBuilder(SourceInput input, string layout)
{
    /// <summary>Suffix of the source name of the series built from a file's Adj Close column.</summary>
    public const string AdjustedSuffix = "-adj";

    /// <summary>
    /// Relative difference above which Adj Close and Close count as different. Yahoo stores prices as 32-bit
    /// floats (about 7 significant digits), so two copies of the same price can differ by a few parts in 10⁸.
    /// </summary>
    private const double AdjCloseTolerance = 1e-7;

    private readonly List<BarSeries> _bars = [];
    private readonly List<IReadOnlyList<int>> _lines = [];
    private readonly List<DataIssue> _issues = [];

    /// <summary>
    /// The source name of the series the document holds: the file's stem, or for a downloaded response (a URL
    /// location) the layout's name, which is the fetcher's (<c>stooq</c>).
    /// </summary>
    public string Source { get; } = SourceText.IsUrl(input.Location) ? layout : FileSymbols.Stem(input.FileName);

    /// <summary>Adds an issue about the file as a whole.</summary>
    public void AddIssue(DataIssue issue) => _issues.Add(issue);

    /// <summary>
    /// Adds one instrument's series, and a <c>…-adj</c> series when the rows carry an Adj Close that differs
    /// from Close on any row.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="adjustment">Adjustment of the series built from the open, high, low and close columns.</param>
    /// <param name="rows">The rows read.</param>
    /// <param name="volumeColumn">Name of the volume column, or <see langword="null"/> when there is none.</param>
    /// <param name="adjCloseColumn">Name of the Adj Close column, or <see langword="null"/>.</param>
    public void Add(Instrument instrument, PriceAdjustment adjustment, PriceRows rows, string? volumeColumn, string? adjCloseColumn)
    {
        if (rows.Bars.Count == 0)
        {
            var at = rows.Issues.FirstOrDefault();
            throw new DataFormatException(
                input.Location,
                at?.Line,
                null,
                null,
                $"at least one row with prices for {instrument.Symbol} (every data row was left out: {at?.Message ?? "no rows"})");
        }

        foreach (var issue in rows.Issues)
        {
            _issues.Add(issue with { Symbol = instrument.Symbol });
        }

        if (volumeColumn is not null && instrument.Kind is InstrumentKind.Index or InstrumentKind.Fx)
        {
            ZeroVolumesToMissing(instrument, rows, volumeColumn);
        }

        _bars.Add(new BarSeries(instrument, Source, adjustment, rows.Bars));
        _lines.Add(rows.Lines);

        if (rows.AdjClose is { } adj && adjCloseColumn is not null && Differs(rows.Bars, adj))
        {
            AddAdjusted(instrument, rows, adj, adjCloseColumn);
        }
    }

    /// <summary>The batch, with the document's provenance.</summary>
    public ImportBatch Build() =>
        new(
            input.Document(layout),
            _bars,
            [],
            _issues)
        {
            BarLines = _lines,
        };

    private static bool Differs(List<DailyBar> bars, List<double?> adj)
    {
        for (var i = 0; i < bars.Count; i++)
        {
            if (adj[i] is { } a && Math.Abs(a - bars[i].Close) > AdjCloseTolerance * Math.Abs(bars[i].Close))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The adjusted series: each bar's open, high and low scaled by Adj Close ÷ Close of that day, as
    /// yfinance's <c>auto_adjust</c> does; volume as written.
    /// </summary>
    private void AddAdjusted(Instrument instrument, PriceRows rows, List<double?> adj, string adjCloseColumn)
    {
        var bars = new List<DailyBar>(rows.Bars.Count);
        var lines = new List<int>(rows.Bars.Count);
        for (var i = 0; i < rows.Bars.Count; i++)
        {
            var b = rows.Bars[i];
            if (adj[i] is not { } a)
            {
                _issues.Add(new DataIssue(
                    PriceIssueRules.MissingAdjClose,
                    IssueSeverity.Warning,
                    input.Location,
                    rows.Lines[i],
                    adjCloseColumn,
                    null,
                    $"Row has a Close but no {adjCloseColumn}; left out of the adjusted series {Source}{AdjustedSuffix}.",
                    IssueAction.Skipped) { Symbol = instrument.Symbol, Date = b.Date });
                continue;
            }

            if (!(b.Close > 0) || !double.IsFinite(b.Close))
            {
                _issues.Add(new DataIssue(
                    PriceIssueRules.BadAdjClose,
                    IssueSeverity.Warning,
                    input.Location,
                    rows.Lines[i],
                    adjCloseColumn,
                    null,
                    $"Close is not a positive number, so Adj Close ÷ Close cannot scale this bar; left out of the adjusted series {Source}{AdjustedSuffix}.",
                    IssueAction.Skipped) { Symbol = instrument.Symbol, Date = b.Date });
                continue;
            }

            var f = a / b.Close;
            bars.Add(new DailyBar(b.Date, b.Open * f, b.High * f, b.Low * f, a, b.Volume));
            lines.Add(rows.Lines[i]);
        }

        if (bars.Count > 0)
        {
            _bars.Add(new BarSeries(instrument, Source + AdjustedSuffix, PriceAdjustment.SplitAndDividend, bars));
            _lines.Add(lines);
        }
    }

    /// <summary>
    /// Index and currency-pair volumes of 0 become "no volume": Yahoo and Stooq write 0 where they have no
    /// figure (the S&amp;P 500 before 1950, USD/CNY throughout). One issue per run of consecutive rows.
    /// </summary>
    private void ZeroVolumesToMissing(Instrument instrument, PriceRows rows, string volumeColumn)
    {
        var bars = rows.Bars;
        var runStart = -1;
        for (var i = 0; i <= bars.Count; i++)
        {
            var zero = i < bars.Count && bars[i].Volume == 0;
            if (zero)
            {
                bars[i] = bars[i] with { Volume = null };
                if (runStart < 0)
                {
                    runStart = i;
                }
            }
            else if (runStart >= 0)
            {
                var first = runStart;
                var last = i - 1;
                var n = last - first + 1;
                var span = n == 1
                    ? $"line {rows.Lines[first]} ({IsoDate.Format(bars[first].Date)})"
                    : $"{n} rows, lines {rows.Lines[first]}–{rows.Lines[last]} ({IsoDate.Format(bars[first].Date)} to {IsoDate.Format(bars[last].Date)})";
                _issues.Add(new DataIssue(
                    PriceIssueRules.NoVolume,
                    IssueSeverity.Info,
                    input.Location,
                    rows.Lines[first],
                    volumeColumn,
                    "0",
                    $"Volume 0 read as no volume on {span}: the source writes 0 where an index or currency pair has no volume figure.",
                    IssueAction.Corrected) { Symbol = instrument.Symbol, Date = bars[first].Date });
                runStart = -1;
            }
        }
    }

}
