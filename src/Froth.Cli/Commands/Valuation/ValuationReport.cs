using System.Globalization;
using Froth.Series;
using Froth.Valuation;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>What <c>froth valuation</c> prints: a valuation series on an as-of date against its own history.</summary>
/// <param name="Symbol">Canonical symbol of the subject (<c>HSTECH.HK</c>).</param>
/// <param name="Name">Name of the subject.</param>
/// <param name="Series">The valuation series (<c>HSTECH.HK:PE</c>).</param>
/// <param name="Source">The source read: the store's preferred one unless <c>--source</c> chose another.</param>
/// <param name="Sources">Every source of the series, preferred first.</param>
/// <param name="AsOf">As-of date (default: the source's last date).</param>
/// <param name="Metric">Metric code in lower case (<c>pe</c>).</param>
/// <param name="Unit">Unit of the series (<c>ratio</c>).</param>
/// <param name="Value">Latest observation on or before the as-of date.</param>
/// <param name="ValueDate">Date of that observation.</param>
/// <param name="History">The value against its history.</param>
/// <param name="Stale">Whether the value is stale.</param>
/// <param name="Comparisons">Other instruments and given multiples the value was compared with.</param>
/// <param name="Warnings">What a reader must know to read the figures right.</param>
internal sealed record ValuationReport(
    string Symbol,
    string Name,
    string Series,
    string Source,
    IReadOnlyList<string> Sources,
    DateOnly AsOf,
    string Metric,
    string? Unit,
    double Value,
    DateOnly ValueDate,
    ValuationHistoryReport History,
    ValuationStaleReport Stale,
    IReadOnlyList<ValuationComparisonReport> Comparisons,
    IReadOnlyList<string> Warnings)
{
    public void Render(IAnsiConsole console)
    {
        var label = Metric == "pe" ? "P/E" : Metric.ToUpperInvariant();
        var table = new Table().AddColumn(label).AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{Symbol} {label} as of {IsoDate.Format(AsOf)} (source {Source})"));
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("value", $"{F(Value)} on {IsoDate.Format(ValueDate)}");
        var years = History.Short ? $"{History.CoveredYears.ToString("F1", CultureInfo.InvariantCulture)}-year (short)" : $"{History.Years}-year";
        Row($"{years} average", Opt(History.Average));
        Row($"{years} median", Opt(History.Median));
        Row($"{years} min", Opt(History.Min));
        Row($"{years} max", Opt(History.Max));
        Row("percentile (fraction below)", $"{History.Percentile.ToString("F3", CultureInfo.InvariantCulture)} ({(History.Percentile * 100).ToString("F1", CultureInfo.InvariantCulture)}%)");
        Row("z-score (sample sd)", History.ZScore is { } z ? z.ToString("F2", CultureInfo.InvariantCulture) : "undefined");
        if (History.EarningsYieldZScore is { } ey)
        {
            Row("earnings-yield z-score (+ = cheap)", ey.ToString("F2", CultureInfo.InvariantCulture));
        }

        Row("observations", $"{History.Observations} ({IsoDate.Format(History.From)} to {IsoDate.Format(History.To)})");
        if (History.LossObservations > 0)
        {
            Row("of which losses (P/E ≤ 0)", History.LossObservations.ToString(CultureInfo.InvariantCulture));
        }

        Row("stale", Stale.Flag ? $"yes: unchanged for {Stale.SessionsUnchanged} observations since {IsoDate.Format(Stale.Since)}" : $"no ({Stale.SessionsUnchanged} unchanged)");
        console.Write(table);

        if (Comparisons.Count > 0)
        {
            var compare = new Table()
                .AddColumn("compared with")
                .AddColumn(new TableColumn("value").RightAligned())
                .AddColumn(new TableColumn($"{Symbol} ÷ it").RightAligned())
                .AddColumn(new TableColumn("its percentile").RightAligned())
                .AddColumn(new TableColumn($"rank in {Symbol} history").RightAligned());
            foreach (var c in Comparisons)
            {
                compare.AddRow(
                    Markup.Escape(c.ValueDate is { } d ? $"{c.Against} ({(c.StaleSince is { } since ? $"stale since {IsoDate.Format(since)}" : IsoDate.Format(d))})" : c.Against),
                    Markup.Escape(F(c.Value)),
                    Markup.Escape(c.Ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "undefined"),
                    Markup.Escape(c.Percentile is { } p ? p.ToString("F3", CultureInfo.InvariantCulture) : "—"),
                    Markup.Escape(c.PercentileInHistory is { } q ? q.ToString("F3", CultureInfo.InvariantCulture) : "—"));
            }

            console.Write(compare);
        }

        foreach (var w in Warnings)
        {
            console.WriteLine($"note: {w}");
        }
    }

    private static string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string Opt(double? v) => v is { } x ? F(x) : "none";

}

/// <summary>The <c>history</c> object of <c>froth valuation</c>; see <see cref="HistoryStatistics"/>.</summary>
internal sealed record ValuationHistoryReport(
    int Years,
    DateOnly From,
    DateOnly To,
    double? Average,
    double? Median,
    double? Min,
    double? Max,
    double Percentile,
    double? ZScore,
    int Observations,
    double? StandardDeviation,
    double? EarningsYieldZScore,
    int LossObservations,
    int StaleRepeatsExcluded,
    bool Short,
    double CoveredYears)
{
    public static ValuationHistoryReport Of(HistoryStatistics h) => new(
        h.Years, h.From, h.To, h.Average, h.Median, h.Min, h.Max, h.Percentile, h.ZScore, h.Observations,
        h.StandardDeviation, h.EarningsYieldZScore, h.LossObservations, h.StaleRepeatsExcluded, h.IsShort, h.CoveredYears);
}

/// <summary>The <c>stale</c> object of <c>froth valuation</c>; see <see cref="StaleStatus"/>.</summary>
internal sealed record ValuationStaleReport(bool Flag, int SessionsUnchanged, DateOnly Since);

/// <summary>One comparison: another stored instrument's series (its snapshot) or a multiple the user gave.</summary>
/// <param name="Against">The other series' symbol, or the name given to the multiple.</param>
/// <param name="Series">The other valuation series, or null for a given multiple.</param>
/// <param name="Source">Its source, or null.</param>
/// <param name="Value">Its value on the as-of date, or the multiple given.</param>
/// <param name="ValueDate">Its value's date, or null.</param>
/// <param name="Stale">Whether its value is stale, or null.</param>
/// <param name="StaleSince">When a stale value was really observed, or null.</param>
/// <param name="Percentile">Its percentile in its own history, or null.</param>
/// <param name="Ratio">Subject value ÷ its value.</param>
/// <param name="Premium">Ratio − 1.</param>
/// <param name="PercentileDifference">Subject's percentile − its percentile, or null.</param>
/// <param name="PercentileInHistory">For a given multiple: its rank in the subject's history window; else null.</param>
/// <param name="ValueDateGapDays">Subject value date − its value date in days, or null.</param>
internal sealed record ValuationComparisonReport(
    string Against,
    string? Series,
    string? Source,
    double Value,
    DateOnly? ValueDate,
    bool? Stale,
    DateOnly? StaleSince,
    double? Percentile,
    double? Ratio,
    double? Premium,
    double? PercentileDifference,
    double? PercentileInHistory,
    int? ValueDateGapDays);
